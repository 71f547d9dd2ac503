using System.Text.Json.Nodes;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Offers;

/// <summary>The offer operations the tests send through /graphql.</summary>
internal static class OfferApi
{
    public const string OfferFields = "id title status serviceType region seatsLeft capacity seatsTaken startsOn updatedAt operator { name } targetGroups { code }";

    public const string Create = "mutation($input: CreateOfferInput!) { createOffer(input: $input) { offer { " + OfferFields + " } errors { code message field } } }";

    public const string Update = "mutation($input: UpdateOfferInput!) { updateOffer(input: $input) { offer { " + OfferFields + " objectives sessions { nodes { startsAt endsAt } } } errors { code message field } } }";

    /// <summary>A complete, valid offer input; <paramref name="change"/> adjusts it.</summary>
    public static Dictionary<string, object?> ValidInput(Action<Dictionary<string, object?>>? change = null)
    {
        var input = new Dictionary<string, object?>
        {
            ["title"] = "Atelier CV " + Guid.NewGuid().ToString("N")[..8],
            ["serviceType"] = "JOB_SEARCH_SUPPORT",
            ["objectives"] = "Rédiger un CV et une lettre de motivation.",
            ["address"] = "Rue de la Station 5",
            ["postalCode"] = "4000",
            ["municipality"] = "Liège",
            ["region"] = "LIEGE",
            ["capacity"] = 10,
            ["expectedResults"] = "Un CV à jour et trois candidatures envoyées.",
            ["durationDescription"] = "4 demi-journées",
            ["intakeModalities"] = "Accueil sur rendez-vous au 04 000 00 00.",
            ["referralModalities"] = "Par le conseiller référent, via la plateforme.",
            ["startsOn"] = "2027-01-11",
            ["endsOn"] = "2027-02-11",
            ["sessions"] = new[] { new { startsAt = "2027-01-11T09:00:00Z", endsAt = "2027-01-11T12:00:00Z" } },
            ["informationSessions"] = new[] { new { startsAt = "2027-01-04T10:00:00Z", location = "Liège" } },
            ["targetGroupCodes"] = new[] { "YOUTH_UNDER_25" },
        };
        change?.Invoke(input);
        return input;
    }

    /// <summary>Creates a draft as <paramref name="token"/>'s operator; fails the test on any refusal.</summary>
    public static async Task<JsonNode> CreateDraftAsync(HttpClient client, string token, Action<Dictionary<string, object?>>? change = null)
    {
        var payload = await MutateAsync(client, token, Create, "createOffer", ValidInput(change));
        return payload.EnsureNoErrorsIn()["offer"]!;
    }

    /// <summary>Runs a status move (publishOffer, suspendOffer, archiveOffer) and returns its payload.</summary>
    public static Task<JsonNode> MoveAsync(HttpClient client, string token, string mutation, string offerId, string? language = null) =>
        MutateAsync(client, token, $"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) {{ {mutation}(input: $input) {{ offer {{ id status }} errors {{ code message field }} }} }}",
            mutation, new { offerId }, language);

    public static async Task<JsonNode> MutateAsync(HttpClient client, string token, string document, string field, object input, string? language = null) =>
        (await client.PostGraphQLAsync(document, new { input }, token, language: language)).EnsureNoErrors().Data![field]!;

    /// <summary>The offers a caller reads, as one page of at most 100.</summary>
    public static async Task<JsonNode> ListAsync(HttpClient client, string token, string arguments = "", string fields = "id title status")
    {
        var query = $"{{ offers(first: 100{arguments}) {{ totalCount nodes {{ {fields} }} }} }}";
        return (await client.PostGraphQLAsync(query, token: token)).EnsureNoErrors().Data!["offers"]!;
    }

    public static async Task<string> IdOfAsync(HttpClient client, string token, string title)
    {
        var page = await ListAsync(client, token);
        return page["nodes"]!.AsArray().Single(n => n!["title"]!.GetValue<string>() == title)!["id"]!.GetValue<string>();
    }

    public static IReadOnlyList<string> Titles(JsonNode page) =>
        [.. page["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>())];
}

internal static class PayloadAssertions
{
    /// <summary>Fails with the whole payload when it carries business refusals.</summary>
    public static JsonNode EnsureNoErrorsIn(this JsonNode payload)
    {
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload.ToJsonString());
        return payload;
    }
}
