using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Partners.Domain.Boundaries;
using Partners.Tests.Boundaries;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Foundation;

/// <summary>
/// The query strategy collects a selection set's fields once per execution and type, and completes a field whose
/// batched value is known already (a page's primed neighbours and access facts) at once: the answers stay what
/// GraphQL.NET's own collection and deferred completion give, for every object of a page.
/// </summary>
public sealed class QueryExecutionStrategyTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly BoundaryWorld world = new(factory);

    [Fact]
    public async Task Skip_and_include_follow_each_requests_variables_in_every_node_of_the_same_cached_document()
    {
        await world.PersonAsync(referredToIsp: true);
        await world.PersonAsync(referredToIsp: true);
        const string query = "query Skipping($s: Boolean!) { referrals(first: 20) { nodes { id status @skip(if: $s) offer @include(if: $s) { title } } } }";
        var token = await world.TokenAsync(Tokens.Isp);

        foreach (var skip in new[] { true, false, true })
        {
            var nodes = Nodes((await world.Client.PostGraphQLAsync(query, new { s = skip }, token)).EnsureNoErrors());
            Assert.True(nodes.Count >= 2);
            Assert.All(nodes, node =>
            {
                Assert.NotNull(node["id"]);
                Assert.Equal(!skip, node.ContainsKey("status"));
                Assert.Equal(skip, node.ContainsKey("offer"));
                Assert.Equal(skip, node["offer"]?["title"] is not null);
            });
        }
    }

    [Fact]
    public async Task A_field_selected_twice_gets_both_selections_and_its_arguments_in_every_node()
    {
        await world.PersonAsync(referredToIsp: true);
        await world.PersonAsync(referredToIsp: true);
        const string query = """
            query Merged { referrals(first: 20) { nodes { id offer { title } offer { id }
              history(first: 1) { totalCount } history(first: 1) { nodes { to } } } } }
            """;

        var nodes = Nodes((await world.Client.PostGraphQLAsync(query, null, await world.TokenAsync(Tokens.Isp))).EnsureNoErrors());

        Assert.True(nodes.Count >= 2);
        Assert.All(nodes, node =>
        {
            Assert.NotNull(node["offer"]!["title"]);
            Assert.NotNull(node["offer"]!["id"]);
            var history = node["history"]!;
            Assert.True(history["totalCount"]!.GetValue<int>() >= 1);
            Assert.Single(history["nodes"]!.AsArray()); // first: 1 reached the merged field
        });
    }

    [Fact]
    public async Task A_category_refused_on_a_pages_primed_facts_is_null_with_its_error_at_its_path_and_the_rest_stands()
    {
        var person = await world.PersonAsync(referredToIsp: true);
        const string query = "query Primed { referrals(first: 100) { nodes { jobSeeker { id identity { lastName } health { icfSummary } } } } }";

        var response = await world.Client.PostGraphQLAsync(query, null, await world.TokenAsync(Tokens.Isp), operationName: "Primed");

        var nodes = Nodes(response);
        var index = nodes.Select(n => n["jobSeeker"]!["id"]!.GetValue<string>()).ToList().IndexOf(WorkflowWorld.Id("JobSeeker", person));
        Assert.True(index >= 0);
        var jobSeeker = nodes[index]["jobSeeker"]!;
        Assert.NotNull(jobSeeker["identity"]!["lastName"]);
        Assert.Null(jobSeeker["health"]);
        var errors = BoundaryWorld.ErrorsByPath(response);
        Assert.Contains(errors[$"referrals.nodes.{index}.jobSeeker.health"], new[] { "FORBIDDEN", "CONSENT_REQUIRED" });
        Assert.DoesNotContain($"referrals.nodes.{index}.jobSeeker.identity", errors.Keys);

        // The IDENTITY read is logged once, HEALTH (refused) not at all.
        var logged = await world.Workflow.WithDbAsync(db => db.AccessLog.Where(e => e.JobSeekerId == person && e.Operation == "Primed").ToListAsync());
        Assert.Equal(DataCategory.Identity, Assert.Single(logged).Category);
    }

    private static List<JsonObject> Nodes(GraphQLResponse response) =>
        [.. response.Data!["referrals"]!["nodes"]!.AsArray().Select(n => n!.AsObject())];
}
