using System.Net;
using System.Text;
using System.Text.Json;
using Partners.Data.PersistedDocuments;
using Partners.Tests.Infrastructure;
using Partners.Tools.Documents;

namespace Partners.Tests.Foundation;

/// <summary>Apollo's automatic persisted queries where allowed (the default): a miss, the registration, then the hash alone.</summary>
public sealed class PersistedQueryTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_hash_miss_answers_PERSISTED_QUERY_NOT_FOUND_then_the_client_registers_and_the_hash_alone_runs()
    {
        var query = $"query Apq{Guid.NewGuid():N} {{ __typename }}";
        var extensions = Persisted.Extensions(PersistedDocument.HashOf(query));

        var miss = await client.PostJsonAsync(new { extensions });
        var registered = await client.PostJsonAsync(new { query, extensions });
        var hit = await client.PostJsonAsync(new { extensions });
        var overGet = await client.SendGraphQLAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(extensions))));

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", miss.ErrorCodes.Single());
        Assert.Equal("Query", registered.EnsureNoErrors().Data!["__typename"]!.GetValue<string>());
        Assert.Equal("Query", hit.EnsureNoErrors().Data!["__typename"]!.GetValue<string>());
        Assert.Equal("Query", overGet.EnsureNoErrors().Data!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Text_that_does_not_match_its_hash_is_refused_and_not_registered()
    {
        var query = $"query Apq{Guid.NewGuid():N} {{ __typename }}";
        var extensions = Persisted.Extensions(PersistedDocument.HashOf(query + " "));

        var refused = await client.PostJsonAsync(new { query, extensions });
        var after = await client.PostJsonAsync(new { extensions });

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("BAD_REQUEST", refused.ErrorCodes.Single());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", after.ErrorCodes.Single());
    }

    [Theory]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("md5:e3b0c44298fc1c149afbf4c8996fb924")]
    [InlineData("sha256:not-a-hash")]
    public async Task A_malformed_document_id_is_a_bad_request_not_INTERNAL(string documentId)
    {
        var response = await client.PostJsonAsync(new { documentId });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("BAD_REQUEST", response.ErrorCodes.Single());
    }

    [Fact]
    public async Task A_malformed_persistedQuery_extension_is_a_bad_request()
    {
        var response = await client.PostJsonAsync(new { extensions = new { persistedQuery = new { version = 2, sha256Hash = "x" } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("BAD_REQUEST", response.ErrorCodes.Single());
    }
}

/// <summary>Trusted documents (<c>GraphQL:OnlyPersistedDocuments</c>): only what <c>documents register</c> stored runs.</summary>
public sealed class TrustedDocumentTests(TrustedDocumentTests.TrustedApiFactory factory) : IClassFixture<TrustedDocumentTests.TrustedApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Text_is_refused_and_a_registered_document_runs_by_its_id_or_its_Apollo_hash()
    {
        var query = $"query Trusted{Guid.NewGuid():N} {{ __typename }}";
        var file = Path.Combine(Path.GetTempPath(), $"trusted-{Guid.NewGuid():N}.graphql");
        await File.WriteAllTextAsync(file, query);
        var hash = PersistedDocument.HashOf(query);

        var text = await client.PostGraphQLAsync(query);
        var apqBefore = await client.PostJsonAsync(new { query, extensions = Persisted.Extensions(hash) });
        var output = new StringWriter();
        var status = await new DocumentsCommand(output, new StringWriter()).RunAsync(
            ["register", file, "--environment", "Development", "--ConnectionStrings:Partners=" + factory.ConnectionString]);
        var byId = await client.PostJsonAsync(new { documentId = "sha256:" + hash });
        var byHash = await client.PostJsonAsync(new { extensions = Persisted.Extensions(hash) });
        File.Delete(file);

        Assert.Equal(HttpStatusCode.BadRequest, text.Status);
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", text.ErrorCodes.Single());
        // An Apollo client's registration does not make a document trusted.
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", apqBefore.ErrorCodes.Single());
        Assert.Equal(0, status);
        Assert.Equal($"sha256:{hash}  {file}", output.ToString().Trim());
        Assert.Equal("Query", byId.EnsureNoErrors().Data!["__typename"]!.GetValue<string>());
        Assert.Equal("Query", byHash.EnsureNoErrors().Data!["__typename"]!.GetValue<string>());
    }

    public sealed class TrustedApiFactory : PartnersApiFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("GraphQL:OnlyPersistedDocuments", "true")];
    }
}

internal static class Persisted
{
    public static object Extensions(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    public static Task<GraphQLResponse> PostJsonAsync(this HttpClient client, object body) =>
        client.SendGraphQLAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        });
}
