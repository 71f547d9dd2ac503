using System.Diagnostics;
using System.Net;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Foundation;

/// <summary>
/// A document is priced as it executes, fragments expanded where they are spread: the limits hold against fragment
/// bombs, while the introspection every tool sends costs nothing.
/// </summary>
public sealed class CostTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    /// <summary><c>{ viewer { ...F30 } }</c>, each fragment spreading the previous one twice: 1.3 KB, 2^29 fields as executed.</summary>
    public static string FragmentBomb(string root = "{ viewer { ...F30 } }", string type = "Viewer", string leaf = "clientId") =>
        root + " fragment F1 on " + type + " { " + leaf + " } "
        + string.Concat(Enumerable.Range(2, 29).Select(i => $"fragment F{i} on {type} {{ ...F{i - 1} ...F{i - 1} }} "));

    [Fact]
    public async Task A_fragment_bomb_is_refused_as_too_complex_at_once()
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        var bomb = FragmentBomb();
        Assert.InRange(bomb.Length, 1000, 1500);

        var clock = Stopwatch.StartNew();
        var response = await client.PostGraphQLAsync(bomb, token: token);
        clock.Stop();

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("QUERY_TOO_COMPLEX", response.ErrorCodes.Single());
        Assert.Null(response.Data);
        // It used to keep a core busy for minutes; priced without expanding, it is refused in milliseconds. The bound
        // is loose on purpose (a loaded CI machine), yet far below what expanding 2^29 spreads would take.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"Refused after {clock.Elapsed}.");
    }

    [Fact]
    public async Task Thirty_aliased_pages_of_a_hundred_offers_are_refused_as_too_complex()
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        var query = "{ " + string.Join(' ', Enumerable.Range(1, 30).Select(i => $"a{i}: offers(first: 100) {{ nodes {{ ...O }} }}"))
            + " } fragment O on Offer { id title objectives sessions { nodes { startsAt } } operator { name } }";

        var response = await client.PostGraphQLAsync(query, token: token);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("QUERY_TOO_COMPLEX", response.ErrorCodes.Single());
    }

    [Fact]
    public async Task A_page_size_from_a_variable_counts_like_a_literal()
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        const string query = "query($n: Int) { offers(first: $n) { nodes { id title sessions { nodes { startsAt endsAt location } } } } }";

        var small = await client.PostGraphQLAsync(query, new { n = 5 }, token: token);
        var large = await client.PostGraphQLAsync(query, new { n = 100 }, token: token);

        small.EnsureNoErrors();
        Assert.Equal("QUERY_TOO_COMPLEX", large.ErrorCodes.Single());
    }

    [Fact]
    public async Task The_standard_introspection_query_answers_in_full()
    {
        var query = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Foundation", "Documents", "graphql-js-introspection.graphql"));

        var response = await client.PostGraphQLAsync(query, operationName: "IntrospectionQuery");

        response.EnsureNoErrors();
        var types = response.Data!["__schema"]!["types"]!.AsArray();
        var offer = types.Single(t => t!["name"]!.GetValue<string>() == "Offer")!;
        Assert.False(string.IsNullOrEmpty(offer["description"]?.GetValue<string>()));
        Assert.Contains(offer["fields"]!.AsArray(), f => f!["name"]!.GetValue<string>() == "operator");
        Assert.Equal("Query", response.Data["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Introspection_that_recurses_through_types_is_priced()
    {
        const string query = "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }";

        var response = await client.PostGraphQLAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("QUERY_TOO_COMPLEX", response.ErrorCodes.Single());
    }

    [Fact]
    public async Task A_document_deeper_than_the_limit_has_its_own_code()
    {
        var deep = "{ __schema { types { fields { type { " + string.Concat(Enumerable.Repeat("ofType { ", 12)) + "name" + new string('}', 16) + " }";

        var response = await client.PostGraphQLAsync(deep, language: "en");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("QUERY_TOO_DEEP", response.ErrorCodes.Single());
        Assert.Equal("The query is too deep (at most 15 levels).", response.Errors[0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_document_nested_beyond_what_the_parser_reads_is_too_deep_not_internal()
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        var nested = "{ viewer " + string.Concat(Enumerable.Repeat("{ organisation ", 200)) + new string('}', 201);

        var response = await client.PostGraphQLAsync(nested, token: token);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("QUERY_TOO_DEEP", response.ErrorCodes.Single());
        Assert.DoesNotContain("xception", response.Body!.ToJsonString(), StringComparison.Ordinal);
    }
}
