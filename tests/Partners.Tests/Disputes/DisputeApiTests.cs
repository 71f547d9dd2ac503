using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Partners.Api.Seed;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Disputes;

/// <summary>The dispute process through /graphql: admissibility per clause, each move and refusal, who sees what.</summary>
public sealed class DisputeApiTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private DisputeApi Api => new(factory, client);

    [Fact]
    public async Task Under_a_NONE_clause_the_dispute_is_recorded_inadmissible_and_NO_COMMISSION_CLAUSE_returned_with_it()
    {
        var noClause = await Tokens.GetAsync(client, Tokens.IspNoClause);

        var payload = await Api.FileAsync(noClause, DemoOrganisations.Office, language: "en");

        var dispute = payload["dispute"]!;
        Assert.Equal("INADMISSIBLE", dispute["status"]!.GetValue<string>());
        Assert.Equal("NO_COMMISSION_CLAUSE", dispute["inadmissibleReason"]!.GetValue<string>());
        Assert.Equal("NONE", dispute["clauseAtFiling"]!.GetValue<string>());
        Assert.Equal("NO_COMMISSION_CLAUSE", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.StartsWith("Inadmissible dispute", payload["errors"]![0]!["message"]!.GetValue<string>());
        var node = await client.PostGraphQLAsync("query($id: ID!) { node(id: $id) { ... on Dispute { status } } }", new { id = dispute["id"]!.GetValue<string>() }, noClause);
        Assert.Equal("INADMISSIBLE", node.EnsureNoErrors().Data!["node"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Under_a_MEDIATION_clause_the_Commission_mediates_and_settles_but_cannot_arbitrate()
    {
        var cpas = await Tokens.GetAsync(client, Tokens.CpasLiege);
        var commission = await Tokens.GetAsync(client, Tokens.Commission);
        var id = await Api.FiledAsync(cpas, DemoOrganisations.Office);

        var mediation = await Api.MovedAsync("startMediation", commission, new { disputeId = id });
        var arbitration = await Api.MovedAsync("referDisputeToArbitration", commission, new { disputeId = id });
        var settled = await Api.MovedAsync("settleDispute", commission, new { disputeId = id, text = "Accord trouvé." });

        Assert.Equal("IN_MEDIATION", mediation["dispute"]!["status"]!.GetValue<string>());
        Assert.Equal("NO_COMMISSION_CLAUSE", arbitration["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("Le contrat de coopération ne prévoit que la médiation : la Commission ne peut arbitrer ce différend.", arbitration["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("SETTLED", settled["dispute"]!["status"]!.GetValue<string>());
        Assert.Equal("Accord trouvé.", settled["dispute"]!["settlement"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Under_a_MEDIATION_AND_ARBITRATION_clause_the_Commission_arbitrates_and_decides()
    {
        var forem = await Tokens.GetAsync(client, Tokens.Forem);
        var commission = await Tokens.GetAsync(client, Tokens.Commission);
        var id = await Api.FiledAsync(forem, DemoOrganisations.IspWithClause);

        await Api.MovedAsync("startMediation", commission, new { disputeId = id });
        var arbitration = await Api.MovedAsync("referDisputeToArbitration", commission, new { disputeId = id });
        var decided = await Api.MovedAsync("decideDispute", commission, new { disputeId = id, text = "Sentence : délai de 10 jours." });

        Assert.Equal("IN_ARBITRATION", arbitration["dispute"]!["status"]!.GetValue<string>());
        var dispute = decided["dispute"]!;
        Assert.Equal("DECIDED", dispute["status"]!.GetValue<string>());
        Assert.Equal("Sentence : délai de 10 jours.", dispute["decision"]!["text"]!.GetValue<string>());
        Assert.Equal(["FILED", "IN_MEDIATION", "IN_ARBITRATION", "DECIDED"], dispute["history"]!["nodes"]!.AsArray().Select(h => h!["to"]!.GetValue<string>()));
        Assert.Equal(DemoOrganisations.Commission, dispute["history"]!["nodes"]![3]!["actor"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_the_filer_withdraws_and_only_an_open_dispute()
    {
        var forem = await Tokens.GetAsync(client, Tokens.Forem);
        var isp = await Tokens.GetAsync(client, Tokens.Isp);
        var id = await Api.FiledAsync(forem, DemoOrganisations.IspWithClause);

        var byRespondent = await Api.MovedAsync("withdrawDispute", isp, new { disputeId = id });
        var byFiler = await Api.MovedAsync("withdrawDispute", forem, new { disputeId = id, reason = "Réglé entre nous." });
        var again = await Api.MovedAsync("withdrawDispute", forem, new { disputeId = id });

        Assert.Equal("FORBIDDEN", byRespondent["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("WITHDRAWN", byFiler["dispute"]!["status"]!.GetValue<string>());
        Assert.Equal("INVALID_TRANSITION", again["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_party_cannot_mediate_and_the_Commission_cannot_skip_a_step()
    {
        var forem = await Tokens.GetAsync(client, Tokens.Forem);
        var commission = await Tokens.GetAsync(client, Tokens.Commission);
        var id = await Api.FiledAsync(forem, DemoOrganisations.IspWithClause);

        var byParty = await Api.MoveAsync("startMediation", forem, new { disputeId = id });
        var decidedTooSoon = await Api.MovedAsync("decideDispute", commission, new { disputeId = id, text = "Trop tôt." });
        var settledTooSoon = await Api.MovedAsync("settleDispute", commission, new { disputeId = id, text = "Trop tôt." });

        Assert.Equal("FORBIDDEN", byParty.ErrorCodes.Single());
        Assert.Equal("INVALID_TRANSITION", decidedTooSoon["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("INVALID_TRANSITION", settledTooSoon["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Filing_refusals_name_their_input_field_and_record_nothing()
    {
        var isp = await Tokens.GetAsync(client, Tokens.Isp);
        var before = await Api.Data.WithDbAsync(db => db.Disputes.CountAsync());

        var againstAnOperator = await Api.FileAsync(isp, DemoOrganisations.CpasLiege);
        var representativesWithoutRegion = await Api.FileAsync(isp, DemoOrganisations.Office, invitedRepresentatives: "M. Dupont");
        var withRegion = await Api.FileAsync(isp, DemoOrganisations.Office, "LIEGE", "M. Dupont, Direction régionale de Liège");

        Assert.Equal("input.respondentOrganisationId", againstAnOperator["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("input.invitedRepresentatives", representativesWithoutRegion["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("LIEGE", withRegion["dispute"]!["region"]!.GetValue<string>());
        Assert.Equal("M. Dupont, Direction régionale de Liège", withRegion["dispute"]!["invitedRepresentatives"]!.GetValue<string>());
        Assert.Equal(before + 1, await Api.Data.WithDbAsync(db => db.Disputes.CountAsync()));
    }

    [Fact]
    public async Task A_third_operator_sees_none_of_another_pairs_disputes_by_list_count_or_id()
    {
        var forem = await Tokens.GetAsync(client, Tokens.Forem);
        var third = await Tokens.GetAsync(client, Tokens.IspNoClause);
        var commission = await Tokens.GetAsync(client, Tokens.Commission);
        var id = await Api.FiledAsync(forem, DemoOrganisations.IspWithClause);
        var thirdId = await Api.Data.OrganisationIdAsync(DemoOrganisations.IspNoClause);
        var its = await Api.Data.WithDbAsync(db => db.Disputes.CountAsync(d => d.FilerOrganisationId == thirdId || d.RespondentOrganisationId == thirdId));

        var list = (await client.PostGraphQLAsync("{ disputes(first: 100) { totalCount nodes { id filer { name } respondent { name } } } }", token: third)).EnsureNoErrors().Data!["disputes"]!;
        var node = await client.PostGraphQLAsync("query($id: ID!) { node(id: $id) { id } }", new { id }, third);
        var moved = await Api.MovedAsync("withdrawDispute", third, new { disputeId = id });
        var commissionNode = await client.PostGraphQLAsync("query($id: ID!) { node(id: $id) { id } }", new { id }, commission);

        Assert.Equal(its, list["totalCount"]!.GetValue<int>());
        Assert.All(list["nodes"]!.AsArray(), n => Assert.Contains(DemoOrganisations.IspNoClause, new[] { Name(n!["filer"]), Name(n["respondent"]) }));
        Assert.Null(node.EnsureNoErrors().Data!["node"]);
        Assert.Equal("NOT_FOUND", moved["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(id, commissionNode.EnsureNoErrors().Data!["node"]!["id"]!.GetValue<string>());
    }

    private static string Name(JsonNode? organisation) => organisation!["name"]!.GetValue<string>();
}
