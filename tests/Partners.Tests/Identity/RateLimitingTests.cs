using System.Net;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Identity;

public sealed class TightRateLimitFactory : PartnersApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("RateLimiting:PermitLimit", "5"), new("RateLimiting:WindowSeconds", "60")];
}

public sealed class RateLimitingTests(TightRateLimitFactory factory) : IClassFixture<TightRateLimitFactory>
{
    [Fact]
    public async Task Past_the_limit_a_client_gets_429_with_Retry_After_and_others_are_unaffected()
    {
        var client = factory.CreateClient();
        var isp = await Tokens.GetAsync(client, Tokens.Isp);
        var forem = await Tokens.GetAsync(client, Tokens.Forem);

        var statuses = new List<HttpStatusCode>();
        GraphQLResponse? last = null;
        for (var i = 0; i < 7; i++)
        {
            last = await client.PostGraphQLAsync("{ viewer { clientId } }", token: isp);
            statuses.Add(last.Status);
        }

        var other = await client.PostGraphQLAsync("{ viewer { clientId } }", token: forem);

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.True(last!.Headers.RetryAfter is not null, "Retry-After is missing.");
        Assert.Equal("RATE_LIMITED", last.ErrorCodes.Single());
        Assert.Equal(HttpStatusCode.OK, other.Status);
    }
}
