using System.Net;
using System.Text;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Foundation;

/// <summary>Each limit refuses with a clear 4xx and a stable code, never a 500.</summary>
public sealed class LimitsTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task An_alias_flood_is_refused()
    {
        var flood = "{ " + string.Join(' ', Enumerable.Range(1, 40).Select(i => $"a{i}: __typename")) + " }";

        var response = await client.PostGraphQLAsync(flood);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("QUERY_TOO_COMPLEX", response.ErrorCodes.Single());
    }

    [Fact]
    public async Task An_oversized_body_is_413()
    {
        var padding = new string(' ', 200 * 1024);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ __typename " + padding + "}\"}", Encoding.UTF8, "application/json"),
        };

        var response = await client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("QUERY_TOO_LARGE", response.ErrorCodes.Single());
    }

    [Fact]
    public async Task A_too_long_document_is_400()
    {
        var response = await client.PostGraphQLAsync("{ __typename " + new string(' ', 25_000) + "}");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("QUERY_TOO_LARGE", response.ErrorCodes.Single());
    }
}
