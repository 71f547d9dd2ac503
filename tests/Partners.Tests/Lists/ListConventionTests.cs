using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.GraphQL;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Lists;

/// <summary>
/// The list convention (README, "Lists"): every connection of the schema, found by walking the schema so a new one
/// cannot be forgotten, takes <c>first</c>/<c>after</c>/<c>last</c>/<c>before</c> and its filters under
/// <c>where</c>; cursors are keysets, not positions; backwards and forwards paging agree.
/// </summary>
public sealed class ListConventionTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    /// <summary>
    /// The lists of objects that stay plain lists: short, bounded lists of values, each with why it is bounded.
    /// Every other list of objects, top-level or nested, must be a connection.
    /// </summary>
    private static readonly Dictionary<string, string> BoundedValueLists = new(StringComparer.Ordinal)
    {
        ["Query.engagements"] = "reference data: the charter's engagements, a handful fixed by the Commission",
        ["Query.targetGroups"] = "reference data: the target groups (publics cibles) of the decree, a dozen",
        ["Offer.targetGroups"] = "a subset of the dozen target groups",
        ["ActionPlan.actions"] = "the actions of one plan version, a few lines written by the counsellor",
        ["ActionPlan.commitments"] = "the commitments of one plan version, one or two per party",
        ["AccessReport.dataHeld"] = "one line per data category (five at most)",
        ["CommissionDashboard.referralsByStatusAndOperator"] = "an aggregate: one count per status and operator",
        ["CommissionDashboard.overdueCandidacyAnswers"] = "an aggregate: one count per operator",
        ["CommissionDashboard.overdueJobSeekerInformation"] = "an aggregate: one count per operator",
        ["CommissionDashboard.complaints"] = "an aggregate: one count per engagement, respondent and month",
        ["CommissionDashboard.disputesByStatus"] = "an aggregate: one count per open status",
        ["CommissionEvent.complaintCounts"] = "an aggregate: the changed counts of one event",
    };

    [Fact]
    public void Every_list_of_objects_in_the_schema_is_a_connection_that_pages_both_ways()
    {
        var schema = factory.Services.GetRequiredService<PartnersSchema>();
        schema.Initialize();
        var fields = schema.AllTypes.OfType<IObjectGraphType>()
            .Where(type => !type.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(type => type.Fields.Select(field => (Type: type, Field: field)))
            .ToList();

        var connections = fields.Where(f => IsConnection(f.Field.ResolvedType!)).ToList();
        var failures = new List<string>();
        foreach (var (type, field) in fields.Where(f => IsList(f.Field.ResolvedType!) && Unwrap(f.Field.ResolvedType!) is IComplexGraphType or UnionGraphType))
        {
            var name = $"{type.Name}.{field.Name}";
            var connectionPart = type.Name.EndsWith("Connection", StringComparison.Ordinal) && field.Name is "edges" or "nodes";
            // A payload's errors: the refusals of one mutation, a few at most.
            var payloadErrors = type.Name.EndsWith("Payload", StringComparison.Ordinal) && field.Name == "errors";
            if (!connectionPart && !payloadErrors && !BoundedValueLists.ContainsKey(name))
            {
                failures.Add($"{name} is a plain list of {Unwrap(field.ResolvedType!).Name}: make it a connection (Paging.Paged), or, if it is a short bounded list of values, allow it with a reason.");
            }
        }

        foreach (var (type, field) in connections)
        {
            var arguments = field.Arguments?.Select(a => a.Name).ToHashSet() ?? [];
            if (!new[] { "first", "after", "last", "before" }.All(arguments.Contains))
            {
                failures.Add($"{type.Name}.{field.Name} must take first, after, last and before; it takes {string.Join(", ", arguments)}.");
            }

            var connection = (IObjectGraphType)Unwrap(field.ResolvedType!);
            var edge = connection.GetField("edges") is { } edges ? Unwrap(edges.ResolvedType!) as IObjectGraphType : null;
            var pageInfo = connection.GetField("pageInfo") is { } info ? Unwrap(info.ResolvedType!) as IObjectGraphType : null;
            if (edge?.GetField("cursor") is null || edge.GetField("node") is null || connection.GetField("nodes") is null || connection.GetField("totalCount") is null
                || pageInfo is null || !new[] { "hasNextPage", "hasPreviousPage", "startCursor", "endCursor" }.All(f => pageInfo.GetField(f) is not null))
            {
                failures.Add($"{type.Name}.{field.Name}: {connection.Name} must have edges {{ cursor node }}, nodes, pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} and totalCount.");
            }
        }

        Assert.True(connections.Count >= 20, $"Only {connections.Count} connections found.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.All(BoundedValueLists.Keys, name => Assert.Contains(fields, f => $"{f.Type.Name}.{f.Field.Name}" == name));
    }

    [Theory]
    [InlineData(Tokens.Isp, "offers", "order: [{ field: STARTS_ON, direction: DESC }, { field: TITLE }]", "title")]
    [InlineData(Tokens.Isp, "offers", "order: [{ field: SEATS_LEFT }]", "title")]
    [InlineData(Tokens.Forem, "referrals", "", "id")]
    [InlineData(Tokens.Forem, "referrals", "order: [{ field: ANSWER_DUE_ON, direction: DESC }]", "id")]
    [InlineData(Tokens.Commission, "disputes", "order: [{ field: FILED_AT }]", "id")]
    [InlineData(Tokens.Isp, "organisations", "", "name")]
    [InlineData(Tokens.Forem, "jobSeekers", "", "id")]
    public async Task Pages_of_three_forwards_and_backwards_read_the_whole_list_in_order(string clientId, string list, string arguments, string field)
    {
        var token = await Tokens.GetAsync(client, clientId);
        var extra = arguments.Length > 0 ? ", " + arguments : string.Empty;
        var all = Ids((await client.PostGraphQLAsync($"{{ {list}(first: 100{extra}) {{ totalCount nodes {{ {field} }} }} }}", token: token)).EnsureNoErrors().Data![list]!, field);
        Assert.True(all.Count > 3, $"{list} has too few rows for the test.");

        var forward = new List<string>();
        string? cursor = null;
        do
        {
            var page = (await client.PostGraphQLAsync($"query($c: String) {{ {list}(first: 3, after: $c{extra}) {{ pageInfo {{ hasNextPage endCursor }} edges {{ cursor }} nodes {{ {field} }} }} }}", new { c = cursor }, token))
                .EnsureNoErrors().Data![list]!;
            forward.AddRange(Ids(page, field));
            AssertKeyset(page);
            cursor = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (cursor is not null);

        var backward = new List<string>();
        do
        {
            var page = (await client.PostGraphQLAsync($"query($c: String) {{ {list}(last: 3, before: $c{extra}) {{ pageInfo {{ hasPreviousPage startCursor }} nodes {{ {field} }} }} }}", new { c = cursor }, token))
                .EnsureNoErrors().Data![list]!;
            backward.InsertRange(0, Ids(page, field));
            cursor = page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>() ? page["pageInfo"]!["startCursor"]!.GetValue<string>() : null;
        }
        while (cursor is not null);

        Assert.Equal(all, forward);
        Assert.Equal(all, backward);
    }

    [Fact]
    public async Task A_cursor_of_another_order_first_with_last_and_a_forged_cursor_are_validation_errors()
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        var cursor = (await client.PostGraphQLAsync("{ offers(first: 1) { pageInfo { endCursor } } }", token: token)).EnsureNoErrors()
            .Data!["offers"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var otherOrder = await client.PostGraphQLAsync("query($c: String) { offers(first: 1, after: $c, order: [{ field: SEATS_LEFT }]) { totalCount } }", new { c = cursor }, token);
        var both = await client.PostGraphQLAsync("{ offers(first: 1, last: 1) { totalCount } }", token: token);
        var positional = await client.PostGraphQLAsync("query($c: String) { offers(after: $c) { totalCount } }", new { c = Base64Url.EncodeToString(Encoding.UTF8.GetBytes("pos:1")) }, token);

        Assert.Equal("VALIDATION", otherOrder.ErrorCodes.Single());
        Assert.Equal("VALIDATION", both.ErrorCodes.Single());
        Assert.Equal("VALIDATION", positional.ErrorCodes.Single());
    }

    private static void AssertKeyset(JsonNode page)
    {
        foreach (var edge in page["edges"]!.AsArray())
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(edge!["cursor"]!.GetValue<string>()));
            Assert.DoesNotContain("pos:", text, StringComparison.Ordinal);
            Assert.NotNull(JsonNode.Parse(text)!["k"]);
        }
    }

    private static List<string> Ids(JsonNode connection, string field) =>
        [.. connection["nodes"]!.AsArray().Select(n => n![field]!.ToJsonString())];

    private static bool IsList(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => IsList(nonNull.ResolvedType!),
        ListGraphType => true,
        _ => false,
    };

    private static bool IsConnection(IGraphType type) => !IsList(type) && Unwrap(type).Name.EndsWith("Connection", StringComparison.Ordinal);

    private static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType!),
        ListGraphType list => Unwrap(list.ResolvedType!),
        _ => type,
    };
}
