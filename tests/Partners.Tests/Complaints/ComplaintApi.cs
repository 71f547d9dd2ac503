using System.Text.Json.Nodes;
using Partners.Api.Seed;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Complaints;

/// <summary>The complaint mutations as a client sends them, for the tests of this folder.</summary>
internal sealed class ComplaintApi(PartnersApiFactory factory, HttpClient client)
{
    public const string Fields = "id status receivedOn acknowledgementOverdue answerOverdue engagement { code } respondent { name } answer { finding text answeredOn } history { nodes { from to reason actor { name } } }";

    public NetworkData Data { get; } = new(factory);

    public Task<GraphQLResponse> FileAsync(string token, object input, string? language = null) =>
        client.PostGraphQLAsync(
            $"mutation($input: FileComplaintInput!) {{ fileComplaint(input: $input) {{ complaint {{ {Fields} }} errors {{ code message field }} }} }}",
            new { input }, token, language: language);

    /// <summary>Files a complaint by <paramref name="token"/> against <paramref name="respondent"/>; returns its id.</summary>
    public async Task<string> FiledAsync(string token, string respondent, string engagementCode, string? receivedOn = null)
    {
        var response = await FileAsync(token, new
        {
            jobSeekerId = await Data.ServedJobSeekerGlobalIdAsync(respondent),
            respondentOrganisationId = await Data.OrganisationGlobalIdAsync(respondent),
            engagementCode,
            description = "La candidature n'a jamais été analysée.",
            receivedOn,
        });
        var payload = response.EnsureNoErrors().Data!["fileComplaint"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        return payload["complaint"]!["id"]!.GetValue<string>();
    }

    /// <summary>Runs a move mutation (<c>acknowledgeComplaint</c>…) and returns its payload.</summary>
    public async Task<JsonNode> MoveAsync(string mutation, string token, object input, string? language = null)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var response = await client.PostGraphQLAsync(
            $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ complaint {{ {Fields} }} errors {{ code message field }} }} }}",
            new { input }, token, language: language);
        return response.EnsureNoErrors().Data![mutation]!;
    }

    public static string OfficeName => DemoOrganisations.Office;
}
