using System.Text.Json.Nodes;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Offers;

/// <summary>The sorts of `offers` and cursor paging over them.</summary>
public sealed class OfferSortTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Offers_come_by_title_when_no_order_is_given()
    {
        var titles = OfferApi.Titles(await ListAsync(""));

        Assert.Equal(titles.Order(StringComparer.Ordinal), titles);
    }

    [Fact]
    public async Task Offers_sort_by_title_descending()
    {
        var titles = OfferApi.Titles(await ListAsync(", order: [{ field: TITLE, direction: DESC }]"));

        Assert.Equal(titles.OrderDescending(StringComparer.Ordinal), titles);
    }

    [Theory]
    [InlineData("SEATS_LEFT", "ASC", "seatsLeft")]
    [InlineData("SEATS_LEFT", "DESC", "seatsLeft")]
    [InlineData("STARTS_ON", "ASC", "startsOn")]
    [InlineData("STARTS_ON", "DESC", "startsOn")]
    [InlineData("UPDATED_AT", "DESC", "updatedAt")]
    public async Task Offers_sort_by_the_requested_key(string field, string direction, string property)
    {
        var page = await ListAsync($", order: [{{ field: {field}, direction: {direction} }}]");

        var keys = page["nodes"]!.AsArray().Select(n => n![property]!.ToJsonString()).ToList();
        var expected = direction == "ASC" ? keys.Order(KeyComparer) : keys.OrderDescending(KeyComparer);
        Assert.Equal(expected, keys);
    }

    [Fact]
    public async Task Sort_keys_apply_in_order_and_ties_keep_a_stable_order()
    {
        var page = await ListAsync(", order: [{ field: SEATS_LEFT }, { field: TITLE, direction: DESC }]");

        var rows = page["nodes"]!.AsArray().Select(n => (Seats: n!["seatsLeft"]!.GetValue<int>(), Title: n["title"]!.GetValue<string>())).ToList();
        Assert.Equal(rows.OrderBy(r => r.Seats).ThenByDescending(r => r.Title, StringComparer.Ordinal), rows);
    }

    [Fact]
    public async Task Pages_follow_each_other_without_gap_or_repeat_on_a_sort_with_ties()
    {
        var token = await Tokens.GetAsync(client, Tokens.Forem);
        const string Query = "query($after: String) { offers(first: 4, after: $after, order: [{ field: UPDATED_AT }]) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }";
        var ids = new List<string>();
        string? after = null;
        var total = 0;
        do
        {
            var connection = (await client.PostGraphQLAsync(Query, new { after }, token)).EnsureNoErrors().Data!["offers"]!;
            total = connection["totalCount"]!.GetValue<int>();
            ids.AddRange(connection["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
            after = connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? connection["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        var whole = (await client.PostGraphQLAsync("{ offers(first: 100, order: [{ field: UPDATED_AT }]) { nodes { id } } }", token: token)).EnsureNoErrors();
        Assert.Equal(whole.Data!["offers"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()), ids);
        Assert.Equal(total, ids.Distinct().Count());
    }

    // JSON texts of the keys: numbers compare as numbers, ISO dates and nulls ("null" first) as text.
    private static readonly Comparer<string> KeyComparer = Comparer<string>.Create((a, b) =>
        int.TryParse(a, out var x) && int.TryParse(b, out var y) ? x.CompareTo(y)
        : a == "null" ? (b == "null" ? 0 : -1) : b == "null" ? 1 : string.CompareOrdinal(a, b));

    private async Task<JsonNode> ListAsync(string arguments) =>
        await OfferApi.ListAsync(client, await Tokens.GetAsync(client, Tokens.Forem), arguments, OfferApi.OfferFields);
}
