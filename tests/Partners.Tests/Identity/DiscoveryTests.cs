using System.Text.Json.Nodes;
using Partners.Api.Identity;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Identity;

/// <summary>OpenID discovery (contract.md, "Endpoints"): clients find the token endpoint, the keys and the scopes.</summary>
public sealed class DiscoveryTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    [Fact]
    public async Task Discovery_names_the_token_and_authorization_endpoints_the_grants_and_every_scope()
    {
        var client = factory.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/.well-known/openid-configuration"))!;

        Assert.EndsWith("/connect/token", document["token_endpoint"]!.GetValue<string>(), StringComparison.Ordinal);
        // Machines: client credentials; the Commission's members: code (with PKCE) and refresh token.
        Assert.EndsWith("/connect/authorize", document["authorization_endpoint"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["authorization_code", "client_credentials", "refresh_token"], document["grant_types_supported"]!.AsArray().Select(g => g!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Contains("S256", document["code_challenge_methods_supported"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.Subset(document["scopes_supported"]!.AsArray().Select(s => s!.GetValue<string>()).ToHashSet(), Scopes.All.ToHashSet());
        Assert.NotNull(JsonNode.Parse(await client.GetStringAsync(new Uri(document["jwks_uri"]!.GetValue<string>()).PathAndQuery))!["keys"]);
    }
}
