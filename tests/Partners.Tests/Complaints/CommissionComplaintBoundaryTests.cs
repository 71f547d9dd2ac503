using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.GraphQL;
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
    public void Nothing_the_Commission_may_query_leads_to_a_complaint_or_a_job_seeker()
    {
        var schema = factory.Services.GetRequiredService<PartnersSchema>();
        schema.Initialize();

        var reachable = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<IGraphType>([schema.AllTypes["CommissionDashboard"]!]);
        while (queue.TryDequeue(out var type))
        {
            if (reachable.Add(type.Name) && type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    queue.Enqueue(field.ResolvedType!.GetNamedType());
                }
            }
        }

        Assert.Contains("ComplaintCount", reachable);
        Assert.DoesNotContain("Complaint", reachable);
        Assert.DoesNotContain(reachable, t => t.StartsWith("JobSeeker", StringComparison.Ordinal));
        Assert.Equal(["engagement", "respondent", "month", "count"], ((IComplexGraphType)schema.AllTypes["ComplaintCount"]!).Fields.Select(f => f.Name));
    }
}
