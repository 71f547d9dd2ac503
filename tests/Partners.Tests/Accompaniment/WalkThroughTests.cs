using System.Text.Json.Nodes;
using Partners.Api.Seed;
using Partners.Domain.Referrals;
using Partners.Tests.Infrastructure;
using Partners.Tests.Live;
using Partners.Tests.Referrals;
using Partners.Tests.Subscriptions;

namespace Partners.Tests.Accompaniment;

/// <summary>
/// The decree end to end, through /graphql: plan → referral on an objective of the plan → result → person informed →
/// service → evaluation → the next operator sees it → closing, with the counsellor designated at each step told of it.
/// </summary>
[Collection(AccompanimentCollection.Name)]
public sealed class WalkThroughTests(AccompanimentApiFactory factory)
{
    private const string CpasNote = "Suivi CPAS : revenu d'intégration, dettes";
    private readonly WorkflowWorld world = new(factory);
    private readonly AccompanimentApi api = new(factory);

    [Fact]
    public async Task From_the_plan_to_the_closing_the_designated_counsellor_hears_of_every_step()
    {
        var person = await world.JobSeekerAsync(DemoOrganisations.CpasLiege);
        var firstOffer = await world.OfferAsync(capacity: 3);
        var nextOffer = await world.OfferAsync(DemoOrganisations.IspNoClause, capacity: 3);
        // Counsellors of this test only: no other test's person reaches them.
        var (claireId, marcId) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
        await using var claire = await SubscribeAsync(claireId);
        await using var marc = await SubscribeAsync(marcId);

        AccompanimentApi.NoErrors(await api.DesignateAsync(person, claireId, "Claire Jacquet"));
        AccompanimentApi.NoErrors(await api.RecordPlanAsync(person, ["Cariste", "Magasinier"], copyReceivedOn: Today()));

        var referral = Key((await api.ReferAsync(person, firstOffer, "Cariste"))["referral"]!["id"]!.GetValue<string>());
        await ExpectAsync(claire, "SENT");

        Assert.Null(await ReferralTransitionTests.MoveAsync(api.Http, await api.TokenAsync(Tokens.Isp), referral, ReferralStatus.Accepted));
        await ExpectAsync(claire, "ACCEPTED");

        AccompanimentApi.NoErrors(await api.InformAsync(referral, "LETTER"));
        Assert.Equal("LETTER", (await ExpectAsync(claire, "ACCEPTED"))["referral"]!["jobSeekerInformedBy"]!.GetValue<string>());

        // The person changes counsellor while the service runs: Marc is told from now on.
        AccompanimentApi.NoErrors(await api.DesignateAsync(person, marcId, "Marc Thiry"));
        Assert.Null(await ReferralTransitionTests.MoveAsync(api.Http, await api.TokenAsync(Tokens.Isp), referral, ReferralStatus.InProgress));
        await ExpectAsync(marc, "IN_PROGRESS");
        AccompanimentApi.NoErrors(await api.MutateAsync(Tokens.Isp,
            "mutation($r: ID!, $d: Date!, $t: String!) { reportServiceEvent(input: { referralId: $r, occurredOn: $d, kind: PROGRESS_NOTE, description: $t }) { errors { code field message } } }",
            new { r = AccompanimentApi.ReferralId(referral), d = Today(), t = CpasNote }));
        await ExpectAsync(marc, "IN_PROGRESS");
        AccompanimentApi.NoErrors(await api.MutateAsync(Tokens.Isp,
            "mutation($r: ID!) { completeService(input: { referralId: $r, outcome: COMPLETED, evaluation: { attainment: PARTLY_REACHED, summary: \"Permis cariste obtenu, stage à poursuivre\", agreedWithJobSeeker: true, nextStepProposals: \"Stage en entrepôt\" } }) { errors { code field message } } }",
            new { r = AccompanimentApi.ReferralId(referral) }));
        await ExpectAsync(marc, "COMPLETED");

        // The next operator, once the person is referred to it, sees the previous evaluation (PATHWAY), not the SOCIAL notes.
        var next = Key((await api.ReferAsync(person, nextOffer, "Magasinier"))["referral"]!["id"]!.GetValue<string>());
        await ExpectAsync(marc, "SENT");
        var seen = await WorkflowWorld.PostAsync(api.Http, await api.TokenAsync(Tokens.IspNoClause),
            "query($j: ID!) { jobSeeker(id: $j) { pathway { professionalObjectives previousEvaluations { nodes { operator { name } attainment summary nextStepProposals } } } social { followedByCpas } } }",
            new { j = AccompanimentApi.JobSeekerId(person) });
        var pathway = seen.Data!["jobSeeker"]!["pathway"]!;
        var evaluation = pathway["previousEvaluations"]!["nodes"]!.AsArray().Single()!;
        Assert.Equal((DemoOrganisations.IspWithClause, "PARTLY_REACHED", "Stage en entrepôt"),
            (evaluation["operator"]!["name"]!.GetValue<string>(), evaluation["attainment"]!.GetValue<string>(), evaluation["nextStepProposals"]!.GetValue<string>()));
        Assert.Null(seen.Data!["jobSeeker"]!["social"]);
        Assert.DoesNotContain(CpasNote, seen.Body!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

        // Closing: the open referral to the next operator is cancelled, and Marc is told.
        AccompanimentApi.NoErrors(await api.CloseAsync(person, reason: "Emploi trouvé comme magasinier"));
        await ExpectAsync(marc, "CANCELLED");
        Assert.Equal(ReferralStatus.Cancelled, (await world.LoadReferralAsync(next)).Status);
        Assert.Equal(ReferralStatus.Completed, (await world.LoadReferralAsync(referral)).Status);
        // Claire, no longer the counsellor, heard nothing after Marc's designation.
        Assert.Null(await claire.MessageWithinAsync(TimeSpan.FromMilliseconds(300)));
    }

    private static async Task<JsonNode> ExpectAsync(GraphQLWebSocketClient counsellor, string status)
    {
        var data = await counsellor.NextDataAsync("referralUpdated");
        Assert.Equal(status, data["referral"]!["status"]!.GetValue<string>());
        return data;
    }

    private async Task<GraphQLWebSocketClient> SubscribeAsync(string oid)
    {
        var token = EntraTokens.Create([Partners.Api.Identity.StaffRoles.Counsellor], oid: oid);
        var socket = await GraphQLWebSocketClient.ConnectAndInitAsync(factory, "Bearer " + token);
        await socket.SubscribeAsync("walk", "subscription { referralUpdated { referral { id status jobSeekerInformedBy } referentCounsellor { counsellorUserId } } }");
        return socket;
    }

    private static string Today() => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");

    private static long Key(string id) => Partners.Api.GraphQL.Relay.GlobalId.KeyOf(id, Partners.Api.Referrals.ReferralNode.TypeName)!.Value;
}
