using System.Text.Json.Nodes;
using Partners.Api.JobSeekers;
using Partners.Api.Offers;
using Partners.Api.Referrals;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Accompaniment;

/// <summary>The accompaniment's mutations and reads through /graphql, as a client writes them.</summary>
public sealed class AccompanimentApi(PartnersApiFactory factory)
{
    public const string CounsellorA = "0a0a0a0a-0000-4000-8000-00000000000a";
    public const string CounsellorB = "0b0b0b0b-0000-4000-8000-00000000000b";

    public HttpClient Http { get; } = factory.CreateClient();

    public Task<string> TokenAsync(string client) => Tokens.GetAsync(Http, client);

    public static string JobSeekerId(long key) => WorkflowWorld.Id(JobSeekerNode.TypeName, key);

    public static string OfferId(long key) => WorkflowWorld.Id(OfferNode.TypeName, key);

    public static string ReferralId(long key) => WorkflowWorld.Id(ReferralNode.TypeName, key);

    /// <summary>The payload of <paramref name="mutation"/> (its only root field), failing on GraphQL errors.</summary>
    public async Task<JsonNode> MutateAsync(string client, string document, object variables, string? language = null)
    {
        var response = await WorkflowWorld.PostAsync(Http, await TokenAsync(client), document, variables, language: language);
        var data = response.EnsureNoErrors().Data!.AsObject();
        return data.Single().Value!;
    }

    public async Task<JsonNode> QueryAsync(string client, string document, object variables)
    {
        var response = await WorkflowWorld.PostAsync(Http, await TokenAsync(client), document, variables);
        return response.EnsureNoErrors().Data!;
    }

    public Task<JsonNode> DesignateAsync(long jobSeeker, string counsellor, string name = "Claire Jacquet", string client = Tokens.Forem) =>
        MutateAsync(client,
            "mutation($j: ID!, $u: String!, $n: String!) { designateReferentCounsellor(input: { jobSeekerId: $j, counsellorUserId: $u, counsellorName: $n }) { jobSeeker { id } errors { code field message } } }",
            new { j = JobSeekerId(jobSeeker), u = counsellor, n = name });

    public Task<JsonNode> CloseAsync(long jobSeeker, string? closedOn = null, string reason = "Emploi trouvé", string summary = "Objectif atteint : CDI d'aide-soignant.", string client = Tokens.Forem) =>
        MutateAsync(client,
            "mutation($j: ID!, $d: Date, $r: String!, $s: String!) { closeAccompaniment(input: { jobSeekerId: $j, closedOn: $d, reason: $r, evaluation: { attainment: REACHED, summary: $s } }) { jobSeeker { id pathway { accompanimentClosedOn closingEvaluation { attainment summary } } } errors { code field message } } }",
            new { j = JobSeekerId(jobSeeker), d = closedOn, r = reason, s = summary });

    public Task<JsonNode> ReferAsync(long jobSeeker, long offer, string objective = "Aide-soignant") =>
        MutateAsync(Tokens.Forem,
            "mutation($j: ID!, $o: ID!, $p: String!) { referJobSeeker(input: { jobSeekerId: $j, offerId: $o, professionalObjective: $p }) { referral { id status } errors { code field message } } }",
            new { j = JobSeekerId(jobSeeker), o = OfferId(offer), p = objective });

    public const string RecordPlanDocument =
        "mutation($j: ID!, $d: Date!, $c: Date, $o: [String!]!, $a: [PlanActionInput!], $k: [PlanCommitmentInput!]!) { recordActionPlan(input: { jobSeekerId: $j, drawnUpOn: $d, copyReceivedOn: $c, objectives: $o, actions: $a, commitments: $k }) { actionPlan { version objectives } errors { code field message } } }";

    public static object PlanVariables(long jobSeeker, string[] objectives, string? drawnUpOn = null, string? copyReceivedOn = null, (string Party, string Text)[]? commitments = null)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return new
        {
            j = JobSeekerId(jobSeeker), d = drawnUpOn ?? today.ToString("yyyy-MM-dd"), c = copyReceivedOn, o = objectives,
            a = new[] { new { description = "S'inscrire à la séance d'information", deadline = today.AddDays(14).ToString("yyyy-MM-dd"), party = "JOB_SEEKER" } },
            k = (commitments ?? [("JOB_SEEKER", "Suivre les étapes du plan"), ("OFFICE", "Proposer une offre adaptée")]).Select(c => new { party = c.Party, text = c.Text }).ToArray(),
        };
    }

    public Task<JsonNode> RecordPlanAsync(long jobSeeker, string[] objectives, string? drawnUpOn = null, string? copyReceivedOn = null, (string Party, string Text)[]? commitments = null) =>
        MutateAsync(Tokens.Forem, RecordPlanDocument, PlanVariables(jobSeeker, objectives, drawnUpOn, copyReceivedOn, commitments));

    public Task<JsonNode> InformAsync(long referral, string channel, string? informedOn = null, string client = Tokens.Isp) =>
        MutateAsync(client,
            "mutation($r: ID!, $d: Date, $c: InformationChannel!) { recordJobSeekerInformed(input: { referralId: $r, informedOn: $d, channel: $c }) { referral { id status jobSeekerInformedOn jobSeekerInformedBy informationOverdue } errors { code field message } } }",
            new { r = ReferralId(referral), d = informedOn, c = channel });

    public static void NoErrors(JsonNode payload) => Assert.True(payload["errors"]!.AsArray().Count == 0, payload.ToJsonString());

    public static (string? Code, string? Field) FirstError(JsonNode payload)
    {
        var error = payload["errors"]!.AsArray().FirstOrDefault();
        Assert.True(error is not null, "Expected a refusal: " + payload.ToJsonString());
        return (error["code"]!.GetValue<string>(), error["field"]?.GetValue<string>());
    }
}
