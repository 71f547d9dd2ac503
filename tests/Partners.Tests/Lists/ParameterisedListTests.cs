using Microsoft.Extensions.DependencyInjection;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Offers;
using Partners.Data.Infrastructure;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Lists;

/// <summary>
/// A list in a query (a filter's values, a loader's batch of ids) is one array parameter: the SQL text does not
/// depend on the list's size, so a statement is prepared and an EF query compiled once for every size.
/// </summary>
public sealed class ParameterisedListTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string Query = "query Listed($ids: [ID!]) { referrals(first: 5, where: { offerIdIn: $ids }) { nodes { id offer { title } } } }";

    [Fact]
    public async Task Two_lists_of_different_sizes_produce_the_same_sql_text()
    {
        var client = factory.CreateClient();
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        var counter = factory.Services.GetRequiredService<SqlCommandCounter>();

        var two = await StatementsAsync(client, token, counter, 2);
        var seven = await StatementsAsync(client, token, counter, 7);

        Assert.NotEmpty(two);
        Assert.Equal(two, seven);
        Assert.Contains(two, sql => sql.Contains("json_each(@", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Contains_over_one_three_or_forty_ids_is_one_sql_text()
    {
        var counter = factory.Services.GetRequiredService<SqlCommandCounter>();
        var texts = new List<string>();
        foreach (var size in new[] { 1, 3, 40 })
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<Partners.Data.PartnersDbContext>();
            var ids = Enumerable.Range(1, size).Select(i => (long)i).ToList();
            counter.Reset();
            _ = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.JobSeekers.Where(j => ids.Contains(j.Id)).Select(j => j.Id));
            texts.Add(Assert.Single(counter.Commands));
        }

        Assert.Single(texts.Distinct());
    }

    private static async Task<IReadOnlyList<string>> StatementsAsync(HttpClient client, string token, SqlCommandCounter counter, int size)
    {
        var ids = Enumerable.Range(1, size).Select(i => GlobalId.Encode(OfferNode.TypeName, 900_000 + i)).ToArray();
        counter.Reset();
        (await client.PostGraphQLAsync(Query, new { ids }, token, operationName: "Listed")).EnsureNoErrors();
        return counter.Commands;
    }
}
