using Microsoft.Extensions.DependencyInjection;
using Partners.Data;
using Partners.Data.PersistedDocuments;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Foundation;

public sealed class RelayTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Pages_follow_each_other_without_gap_or_repeat_and_count_the_whole_list()
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        const string Query = "query($after: String) { organisations(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id name } } }";

        var names = new List<string>();
        string? after = null;
        int? total = null;
        for (var page = 0; page < 10; page++)
        {
            var connection = (await client.PostGraphQLAsync(Query, new { after }, token)).EnsureNoErrors().Data!["organisations"]!;
            total = connection["totalCount"]!.GetValue<int>();
            names.AddRange(connection["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
            if (!connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            after = connection["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        Assert.Equal(total, names.Count);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public async Task First_is_capped_at_100()
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);

        var response = await client.PostGraphQLAsync("{ organisations(first: 101) { totalCount } }", token: token);

        Assert.Equal("VALIDATION", response.ErrorCodes.Single());
    }

    [Fact]
    public async Task A_forged_cursor_is_a_validation_error_not_a_crash()
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);

        var response = await client.PostGraphQLAsync("{ organisations(after: \"%%%\") { totalCount } }", token: token);

        Assert.Equal("VALIDATION", response.ErrorCodes.Single());
    }

    [Fact]
    public async Task Node_resolves_an_id_and_ignores_forged_ones()
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        var first = (await client.PostGraphQLAsync("{ organisations(first: 1) { nodes { id name } } }", token: token)).EnsureNoErrors()
            .Data!["organisations"]!["nodes"]![0]!;

        var found = await client.PostGraphQLAsync("query($id: ID!) { node(id: $id) { id ... on Organisation { name } } }", new { id = first["id"]!.GetValue<string>() }, token);
        var forged = await client.PostGraphQLAsync("query($id: ID!) { node(id: $id) { id } }", new { id = "bm90LWFuLWlk" }, token);

        Assert.Equal(first["name"]!.GetValue<string>(), found.EnsureNoErrors().Data!["node"]!["name"]!.GetValue<string>());
        Assert.Null(forged.EnsureNoErrors().Data!["node"]);
    }

    [Fact]
    public async Task A_persisted_document_runs_by_its_sha256_id()
    {
        const string Body = "query Persisted { __typename }";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
            db.Add(new PersistedDocument { Hash = PersistedDocument.HashOf(Body), Body = Body, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        using var known = new HttpRequestMessage(HttpMethod.Get, "/graphql?documentId=sha256:" + PersistedDocument.HashOf(Body));
        using var unknown = new HttpRequestMessage(HttpMethod.Get, "/graphql?documentId=sha256:" + new string('0', 64));
        var found = await client.SendGraphQLAsync(known);
        var missing = await client.SendGraphQLAsync(unknown);

        Assert.Equal("Query", found.EnsureNoErrors().Data!["__typename"]!.GetValue<string>());
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, missing.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", missing.ErrorCodes.Single());
    }
}
