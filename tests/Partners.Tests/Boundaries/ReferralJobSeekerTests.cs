using Microsoft.EntityFrameworkCore;
using Partners.Api.Seed;
using Partners.Domain.Boundaries;
using Partners.Domain.Referrals;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Boundaries;

/// <summary>A job seeker reached through a referral is guarded exactly as through jobSeeker(id).</summary>
public sealed class ReferralJobSeekerTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string InboxQuery = """
        query Inbox { referrals(first: 100) { nodes { id jobSeeker { identity { niss } pathway { professionalObjectives } social { followedByCpas } } } } }
        """;

    private const string OneQuery = "query One($id: ID!) { referral(id: $id) { id jobSeeker { identity { niss } } } }";

    private readonly BoundaryWorld world = new(factory);

    [Fact]
    public async Task An_operator_reads_the_identity_of_the_people_referred_to_it_in_its_inbox_but_their_social_data_needs_a_consent()
    {
        var referral = await world.Workflow.ReferralAsync(await world.Workflow.OfferAsync());
        var elsewhere = await world.Workflow.ReferralAsync(await world.Workflow.OfferAsync(DemoOrganisations.IspNoClause));

        var inbox = await world.Client.PostGraphQLAsync(InboxQuery, null, await world.TokenAsync(Tokens.Isp));

        var nodes = inbox.Data!["referrals"]!["nodes"]!.AsArray();
        var index = nodes.Select(n => n!["id"]!.GetValue<string>()).ToList().IndexOf(WorkflowWorld.Id("Referral", referral));
        var mine = nodes[index]!["jobSeeker"]!;
        Assert.NotNull(mine["identity"]!["niss"]);
        Assert.NotNull(mine["pathway"]);
        Assert.Null(mine["social"]);
        Assert.Equal("CONSENT_REQUIRED", BoundaryWorld.ErrorsByPath(inbox)[$"referrals.nodes.{index}.jobSeeker.social"]);
        Assert.DoesNotContain(WorkflowWorld.Id("Referral", elsewhere), nodes.Select(n => n!["id"]!.GetValue<string>()));
        Assert.Equal(nodes.Count, BoundaryWorld.ErrorsByPath(inbox).Keys.Count(k => k.EndsWith(".jobSeeker.social", StringComparison.Ordinal))); // the social category of each person
        Assert.DoesNotContain(BoundaryWorld.ErrorsByPath(inbox).Keys, k => k.StartsWith($"referrals.nodes.{index}.", StringComparison.Ordinal) && !k.EndsWith(".social", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_referral_closed_beyond_the_retention_window_still_shows_but_no_longer_opens_the_identity()
    {
        var referral = await world.Workflow.ReferralAsync(await world.Workflow.OfferAsync(), ReferralStatus.Completed);
        await world.Workflow.WithDbAsync(db => db.Referrals.Where(r => r.Id == referral)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.UpdatedAt, DateTime.UtcNow.AddDays(-new BoundaryOptions().RetentionDays - 1))));

        var response = await world.Client.PostGraphQLAsync(OneQuery, new { id = WorkflowWorld.Id("Referral", referral) }, await world.TokenAsync(Tokens.Isp));

        Assert.Null(response.Data!["referral"]!["jobSeeker"]!["identity"]);
        Assert.Equal("CONSENT_REQUIRED", BoundaryWorld.ErrorsByPath(response)["referral.jobSeeker.identity"]);
    }

    [Fact]
    public async Task The_commission_has_no_path_to_a_referred_persons_data()
    {
        var referral = await world.Workflow.ReferralAsync(await world.Workflow.OfferAsync());
        var token = await world.TokenAsync(Tokens.Commission);

        var one = await world.Client.PostGraphQLAsync(OneQuery, new { id = WorkflowWorld.Id("Referral", referral) }, token);
        var inbox = await world.Client.PostGraphQLAsync(InboxQuery, null, token);

        Assert.Null(one.Data?["referral"]);
        Assert.Null(inbox.Data?["referrals"]);
        Assert.DoesNotContain("niss", one.Body!.ToJsonString() + inbox.Body!.ToJsonString());
    }
}
