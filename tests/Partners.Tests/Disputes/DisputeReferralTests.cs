using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.Seed;
using Partners.Tests.Boundaries;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Disputes;

/// <summary>
/// A dispute may be about particular referrals (so that their people are "the person" the dispute is about, kept
/// from anonymisation while it is open): only referrals by the Office party to the operator party; the parties see
/// them, the Commission only how many.
/// </summary>
public sealed class DisputeReferralTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string File = """
        mutation($input: FileDisputeInput!) { fileDispute(input: $input) {
          dispute { id referralCount referrals { nodes { id } } } errors { code field } } }
        """;

    private readonly BoundaryWorld world = new(factory);

    [Fact]
    public async Task An_operator_files_a_dispute_about_its_referral_that_the_parties_see_and_the_Commission_counts()
    {
        var referral = WorkflowWorld.Id("Referral", await world.Workflow.ReferralAsync(await world.Workflow.OfferAsync()));

        var payload = await FileAsync(Tokens.Isp, DemoOrganisations.Office, referral);

        Assert.Empty(payload["errors"]!.AsArray());
        var dispute = payload["dispute"]!;
        Assert.Equal((1, referral), (dispute["referralCount"]!.GetValue<int>(), dispute["referrals"]!["nodes"]!.AsArray().Single()!["id"]!.GetValue<string>()));
        var read = "query($id: ID!) { node(id: $id) { ... on Dispute { referralCount referrals { nodes { id } } } } }";
        var id = new { id = dispute["id"]!.GetValue<string>() };
        var office = (await world.Client.PostGraphQLAsync(read, id, await world.TokenAsync(Tokens.Forem))).EnsureNoErrors().Data!["node"]!;
        Assert.Equal(referral, office["referrals"]!["nodes"]!.AsArray().Single()!["id"]!.GetValue<string>());
        var commission = (await world.Client.PostGraphQLAsync(read, id, await world.TokenAsync(Tokens.Commission))).EnsureNoErrors().Data!["node"]!;
        Assert.Equal((1, 0), (commission["referralCount"]!.GetValue<int>(), commission["referrals"]!["nodes"]!.AsArray().Count));
    }

    [Fact]
    public async Task A_referral_to_another_operator_or_an_id_of_nothing_is_refused_and_nothing_is_written()
    {
        var otherOperators = WorkflowWorld.Id("Referral", await world.Workflow.ReferralAsync(await world.Workflow.OfferAsync(DemoOrganisations.IspNoClause)));
        var before = await world.Workflow.WithDbAsync(db => db.Disputes.CountAsync());

        foreach (var ids in new[] { [otherOperators], ["UmVmZXJyYWw6OTk5OTk5"], new[] { WorkflowWorld.Id("Offer", 1) } })
        {
            var payload = await FileAsync(Tokens.Isp, DemoOrganisations.Office, ids);

            Assert.True(payload["dispute"] is null, payload.ToJsonString());
            var error = Assert.Single(payload["errors"]!.AsArray())!;
            Assert.Equal(("VALIDATION", "input.referralIds"), (error["code"]!.GetValue<string>(), error["field"]!.GetValue<string>()));
        }

        Assert.Equal(before, await world.Workflow.WithDbAsync(db => db.Disputes.CountAsync()));
    }

    [Fact]
    public async Task A_dispute_names_at_most_twenty_referrals()
    {
        var referral = WorkflowWorld.Id("Referral", await world.Workflow.ReferralAsync(await world.Workflow.OfferAsync()));

        var error = Assert.Single((await FileAsync(Tokens.Isp, DemoOrganisations.Office, [.. Enumerable.Repeat(referral, 21)]))["errors"]!.AsArray())!;

        Assert.Equal(("VALIDATION", "input.referralIds"), (error["code"]!.GetValue<string>(), error["field"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Fifty_disputes_with_their_referrals_and_history_cost_the_statements_of_five()
    {
        var offer = await world.Workflow.OfferAsync(capacity: 100);
        for (var i = 0; i < 50; i++)
        {
            Assert.Empty((await FileAsync(Tokens.Isp, DemoOrganisations.Office, WorkflowWorld.Id("Referral", await world.Workflow.ReferralAsync(offer))))["errors"]!.AsArray());
        }

        const string list = "query($first: Int) { disputes(first: $first) { nodes { id referrals { totalCount nodes { id } } history { totalCount nodes { to } } } } }";
        var token = await world.TokenAsync(Tokens.Isp);
        var counter = factory.Services.GetRequiredService<Partners.Data.Infrastructure.SqlCommandCounter>();
        async Task<(IReadOnlyList<string> Sql, JsonArray Nodes)> CountAsync(int first)
        {
            counter.Reset();
            var nodes = (await world.Client.PostGraphQLAsync(list, new { first }, token)).EnsureNoErrors().Data!["disputes"]!["nodes"]!.AsArray();
            return (counter.Commands, nodes);
        }

        await CountAsync(5); // warms the document cache
        var five = await CountAsync(5);
        var fifty = await CountAsync(50);

        Assert.Equal((5, 50), (five.Nodes.Count, fifty.Nodes.Count));
        Assert.Equal(five.Sql, fifty.Sql);
        // The page (its history comes with it) and the referrals of every dispute of the page. 2 measured.
        Assert.InRange(fifty.Sql.Count, 1, 2);
        Assert.All(fifty.Nodes, d => Assert.Equal((1, 1), (d!["referrals"]!["totalCount"]!.GetValue<int>(), d["history"]!["totalCount"]!.GetValue<int>())));
    }

    private async Task<JsonNode> FileAsync(string client, string respondent, params string[] referralIds)
    {
        var input = new
        {
            respondentOrganisationId = await new NetworkData(factory).OrganisationGlobalIdAsync(respondent),
            subject = "Refus de candidature",
            description = "Le refus n'est pas motivé.",
            referralIds,
        };
        return (await world.Client.PostGraphQLAsync(File, new { input }, await world.TokenAsync(client))).EnsureNoErrors().Data!["fileDispute"]!;
    }
}
