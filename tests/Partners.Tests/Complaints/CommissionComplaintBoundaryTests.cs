using System.Text.Json.Nodes;
using Partners.Api.Seed;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Complaints;

/// <summary>The Commission sees complaints only as counts, never a complaint nor a person (domain.md, "Complaint").</summary>
public sealed class CommissionComplaintBoundaryTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_Commission_reads_no_complaint_neither_by_list_nor_by_id()
    {
        var forem = await Tokens.GetAsync(client, Tokens.Forem);
        var commission = await Tokens.GetAsync(client, Tokens.Commission);
        var id = await new ComplaintApi(factory, client).FiledAsync(forem, DemoOrganisations.IspWithClause, "OPERATOR_14_4");

        var list = await client.PostGraphQLAsync("{ complaints { totalCount } }", token: commission);
        var node = await client.PostGraphQLAsync("query($id: ID!) { node(id: $id) { id } }", new { id }, commission);

        Assert.Equal("FORBIDDEN", list.ErrorCodes.Single());
        Assert.Null(node.EnsureNoErrors().Data!["node"]);
    }

    [Fact]
    public async Task Nothing_the_Commission_may_query_leads_to_a_complaint_or_a_job_seeker()
    {
        var commission = await Tokens.GetAsync(client, Tokens.Commission);
        var schema = (await client.PostGraphQLAsync(
            "{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }", token: commission))
            .EnsureNoErrors().Data!["__schema"]!["types"]!.AsArray()
            .ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!["fields"] as JsonArray ?? []);

        var reachable = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["CommissionDashboard"]);
        while (queue.TryDequeue(out var type))
        {
            if (!reachable.Add(type))
            {
                continue;
            }

            foreach (var field in schema[type])
            {
                queue.Enqueue(NamedType(field!["type"]!));
            }
        }

        Assert.Contains("ComplaintCount", reachable);
        Assert.DoesNotContain("Complaint", reachable);
        Assert.DoesNotContain(reachable, t => t.StartsWith("JobSeeker", StringComparison.Ordinal));
        Assert.Equal(["engagement", "respondent", "month", "count"], schema["ComplaintCount"].Select(f => f!["name"]!.GetValue<string>()));
    }

    private static string NamedType(JsonNode type) => type["name"]?.GetValue<string>() ?? NamedType(type["ofType"]!);
}
