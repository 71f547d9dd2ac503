using System.Net;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Identity;

public sealed class TokenFailureThrottleFactory : PartnersApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("RateLimiting:TokenFailuresPerClient", "3"),
        new("RateLimiting:TokenFailuresPerAddress", "5"),
        new("RateLimiting:TokenFailureWindowSeconds", "600"),
    ];
}

/// <summary>Guessing client secrets on /connect/token is throttled per client id and per address (issue 12, item 7).</summary>
public sealed class TokenFailureThrottleTests(TokenFailureThrottleFactory factory) : IClassFixture<TokenFailureThrottleFactory>
{
    [Fact]
    public async Task Failed_secrets_spend_the_client_window_then_the_address_window_and_successes_spend_nothing()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Tokens.RequestAsync(client, Tokens.Forem)).Status);
        }

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Tokens.RequestAsync(client, Tokens.Isp, "wrong-secret")).Status);
        }

        // The client id's window is spent: even its right secret waits; another client from the same address does not.
        using (var refused = await PostTokenAsync(client, Tokens.Isp))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.NotNull(refused.Headers.RetryAfter);
            Assert.Contains("RATE_LIMITED", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await Tokens.RequestAsync(client, Tokens.Forem)).Status);

        // Two more failures from this address, on other client ids, spend the address's window (5): everyone waits.
        Assert.Equal(HttpStatusCode.Unauthorized, (await Tokens.RequestAsync(client, "no-such-client", "guess")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Tokens.RequestAsync(client, Tokens.Commission, "guess")).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Tokens.RequestAsync(client, Tokens.Forem)).Status);
    }

    private static async Task<HttpResponseMessage> PostTokenAsync(HttpClient client, string clientId)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientId + "-secret",
        });
        return await client.PostAsync("/connect/token", content);
    }
}
