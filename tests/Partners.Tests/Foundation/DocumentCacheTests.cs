using System.Net;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Foundation;

/// <summary>
/// A document is validated once and then served from the cache, but the rules that depend on the request still run
/// on every request: the caller (anonymous), the transport (GET), the variables (cost, see <see cref="CostTests"/>).
/// </summary>
public sealed class DocumentCacheTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_document_cached_for_a_client_is_still_refused_to_an_anonymous_caller()
    {
        const string query = "query CachedForAClient { organisations { totalCount } }";
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        (await client.PostGraphQLAsync(query, token: token)).EnsureNoErrors();
        (await client.PostGraphQLAsync(query, token: token)).EnsureNoErrors();

        var anonymous = await client.PostGraphQLAsync(query);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", anonymous.ErrorCodes.Single());
        Assert.Null(anonymous.Data);
    }

    [Fact]
    public async Task A_mutation_cached_over_POST_is_still_refused_over_GET()
    {
        const string query = "mutation CachedOverPost { __typename }";
        (await client.PostGraphQLAsync(query)).EnsureNoErrors();
        (await client.PostGraphQLAsync(query)).EnsureNoErrors();

        var overGet = await client.SendGraphQLAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query)));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, overGet.Status);
    }
}
