using System.Text.Json.Nodes;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Disputes;

/// <summary>The dispute mutations as a client sends them, for the tests of this folder.</summary>
internal sealed class DisputeApi(PartnersApiFactory factory, HttpClient client)
{
    private const string Fields = "id status clauseAtFiling inadmissibleReason region invitedRepresentatives filer { name } respondent { name } settlement { text on } decision { text on } history { nodes { from to actor { name } } }";

    public NetworkData Data { get; } = new(factory);

    /// <summary>Files a dispute by <paramref name="token"/> against <paramref name="respondent"/>; returns the payload.</summary>
    public async Task<JsonNode> FileAsync(string token, string respondent, string? region = null, string? invitedRepresentatives = null, string? language = null)
    {
        var input = new
        {
            respondentOrganisationId = await Data.OrganisationGlobalIdAsync(respondent),
            subject = "Délais de transmission",
            description = "Les évaluations arrivent en retard.",
            region,
            invitedRepresentatives,
        };
        var response = await client.PostGraphQLAsync(
            $"mutation($input: FileDisputeInput!) {{ fileDispute(input: $input) {{ dispute {{ {Fields} }} errors {{ code message field }} }} }}",
            new { input }, token, language: language);
        return response.EnsureNoErrors().Data!["fileDispute"]!;
    }

    public async Task<string> FiledAsync(string token, string respondent)
    {
        var payload = await FileAsync(token, respondent);
        Assert.Empty(payload["errors"]!.AsArray());
        return payload["dispute"]!["id"]!.GetValue<string>();
    }

    /// <summary>Runs a move mutation; returns the payload, or the GraphQL errors' codes when the field itself is refused.</summary>
    public async Task<GraphQLResponse> MoveAsync(string mutation, string token, object input, string? language = null)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        return await client.PostGraphQLAsync(
            $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ dispute {{ {Fields} }} errors {{ code message field }} }} }}",
            new { input }, token, language: language);
    }

    public async Task<JsonNode> MovedAsync(string mutation, string token, object input, string? language = null) =>
        (await MoveAsync(mutation, token, input, language)).EnsureNoErrors().Data![mutation]!;
}
