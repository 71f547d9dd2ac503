using System.Text.Json.Nodes;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.GraphQL;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Lists;

/// <summary>
/// The filter convention (README, "Lists"): every list of the schema, found by walking it, takes <c>where</c> with
/// <c>and</c>/<c>or</c>, and <c>order</c> where people sort; a list field matches any of its values, dates take ranges,
/// and <c>and</c>/<c>or</c> combine whole filters in the database.
/// </summary>
public sealed class FilterConventionTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    /// <summary>Lists without <c>order</c>, and why.</summary>
    private static readonly Dictionary<string, string> Unordered = new()
    {
        ["jobSeekers"] = "sorting people by a field would reveal an IDENTITY order to callers who may not read it; by id only",
        ["accessLog"] = "one person's reads, newest first, as the data protection officer audits them",
        ["dataCorrections"] = "one person's corrections, newest first",
    };

    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public void Every_list_takes_where_with_and_or_and_order_where_people_sort()
    {
        var schema = factory.Services.GetRequiredService<PartnersSchema>();
        schema.Initialize();
        var lists = schema.Query.Fields.Where(f => Unwrap(f.ResolvedType!).Name.EndsWith("Connection", StringComparison.Ordinal)).ToList();

        Assert.True(lists.Count >= 10, $"Only {lists.Count} lists found.");
        foreach (var list in lists)
        {
            var where = list.Arguments?.Find("where");
            Assert.True(where is not null, $"{list.Name} takes no where.");
            var filter = (IInputObjectGraphType)Unwrap(where.ResolvedType!);
            foreach (var combinator in new[] { "and", "or" })
            {
                var field = filter.GetField(combinator);
                Assert.True(field is not null && Unwrap(field.ResolvedType!) == filter, $"{filter.Name} has no {combinator}: [{filter.Name}!].");
            }

            Assert.True(list.Arguments!.Find("order") is not null || Unordered.ContainsKey(list.Name), $"{list.Name} takes no order.");
        }
    }

    [Fact]
    public async Task A_list_of_values_matches_any_and_or_and_and_combine_whole_filters()
    {
        var token = await Tokens.GetAsync(client, Tokens.Forem);
        async Task<int> CountAsync(string where) =>
            (await client.PostGraphQLAsync($"{{ referrals(where: {where}) {{ totalCount }} }}", token: token)).EnsureNoErrors()
                .Data!["referrals"]!["totalCount"]!.GetValue<int>();

        var sent = await CountAsync("{ status: SENT }");
        var received = await CountAsync("{ status: [RECEIVED] }");
        Assert.True(sent > 0 && received > 0, "The demo network has sent and received referrals.");

        Assert.Equal(sent + received, await CountAsync("{ status: [SENT, RECEIVED] }"));
        Assert.Equal(sent + received, await CountAsync("{ or: [{ status: SENT }, { status: RECEIVED }] }"));
        Assert.Equal(received, await CountAsync("{ and: [{ status: [SENT, RECEIVED] }, { status: RECEIVED }] }"));
        Assert.Equal(0, await CountAsync("{ status: SENT, and: [{ status: RECEIVED }] }"));
        Assert.Equal(0, await CountAsync("{ or: [] }"));
    }

    [Fact]
    public async Task A_date_range_keeps_the_days_between_its_ends_included()
    {
        var token = await Tokens.GetAsync(client, Tokens.Forem);
        var all = (await client.PostGraphQLAsync("{ referrals(first: 100, order: [{ field: ANSWER_DUE_ON }]) { nodes { id answerDueOn } } }", token: token))
            .EnsureNoErrors().Data!["referrals"]!["nodes"]!.AsArray().Select(n => (Id: n!["id"]!.GetValue<string>(), Due: DateOnly.Parse(n["answerDueOn"]!.GetValue<string>()))).ToList();
        var days = all.Select(r => r.Due).Distinct().Order().ToList();
        Assert.True(days.Count >= 3, "The demo referrals have answers due on several days.");
        var (from, to) = (days[1], days[^2]);

        var within = (await client.PostGraphQLAsync(
                "query($from: Date, $to: Date) { referrals(first: 100, where: { answerDueOn: { gte: $from, lte: $to } }) { nodes { id answerDueOn } } }",
                new { from = from.ToString("yyyy-MM-dd"), to = to.ToString("yyyy-MM-dd") }, token))
            .EnsureNoErrors().Data!["referrals"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToHashSet();

        Assert.Equal(all.Where(r => r.Due >= from && r.Due <= to).Select(r => r.Id).ToHashSet(), within);
    }

    [Fact]
    public async Task A_guarded_filter_inside_or_is_refused_without_its_scope()
    {
        // The Commission holds no jobseeker scope.
        var token = await Tokens.GetAsync(client, Tokens.Commission);

        var response = await client.PostGraphQLAsync("{ jobSeekers(where: { or: [{ region: LIEGE }, { receivesIntegrationIncome: true }] }) { totalCount } }", token: token);

        Assert.Equal("FORBIDDEN", response.ErrorCodes.Single());
    }

    [Theory]
    [InlineData(Tokens.Commission, "recurringDifficulties", "order: [{ field: TITLE }]", "title")]
    [InlineData(Tokens.Commission, "cooperationContracts", "order: [{ field: VALID_UNTIL, direction: DESC }]", "id")]
    [InlineData(Tokens.Forem, "offers", "where: { or: [{ region: LIEGE }, { serviceTypeIn: [TRAINING, COACHING] }] }", "id")]
    public async Task New_orders_and_filters_page_like_every_list(string clientId, string list, string arguments, string field)
    {
        var token = await Tokens.GetAsync(client, clientId);
        var all = await ReadAsync(token, $"{list}(first: 100, {arguments})", list, field);
        var paged = new List<string>();
        string? cursor = null;
        do
        {
            var page = (await client.PostGraphQLAsync($"query($c: String) {{ {list}(first: 2, after: $c, {arguments}) {{ pageInfo {{ hasNextPage endCursor }} nodes {{ {field} }} }} }}", new { c = cursor }, token))
                .EnsureNoErrors().Data![list]!;
            paged.AddRange(page["nodes"]!.AsArray().Select(n => n![field]!.ToJsonString()));
            cursor = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (cursor is not null);

        Assert.True(all.Count > 2, $"{list} has too few rows for the test.");
        Assert.Equal(all, paged);
    }

    private async Task<List<string>> ReadAsync(string token, string selection, string list, string field) =>
        [.. (await client.PostGraphQLAsync($"{{ {selection} {{ nodes {{ {field} }} }} }}", token: token)).EnsureNoErrors()
            .Data![list]!["nodes"]!.AsArray().Select(n => n![field]!.ToJsonString())];

    private static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType!),
        ListGraphType list => Unwrap(list.ResolvedType!),
        _ => type,
    };
}
