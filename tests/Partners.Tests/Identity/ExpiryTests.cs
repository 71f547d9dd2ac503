using System.Net;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Identity;

public sealed class ShortLivedTokensFactory : PartnersApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("Identity:AccessTokenLifetime", "00:00:05")];
}

public sealed class ExpiryTests(ShortLivedTokensFactory factory) : IClassFixture<ShortLivedTokensFactory>
{
    [Fact]
    public async Task An_expired_token_is_refused_with_401()
    {
        var client = factory.CreateClient();
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        (await client.PostGraphQLAsync("{ viewer { clientId } }", token: token)).EnsureNoErrors();

        await Task.Delay(TimeSpan.FromSeconds(6));
        var response = await client.PostGraphQLAsync("{ viewer { clientId } }", token: token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }
}
