using System.Text.Json.Nodes;
using Partners.Api.Identity;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Identity;

/// <summary>OpenID discovery (contract.md, "Endpoints"): clients find the token endpoint, the keys and the scopes.</summary>
public sealed class DiscoveryTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    [Fact]
    public async Task Discovery_names_the_token_endpoint_the_client_credentials_grant_and_every_scope()
    {
        var client = factory.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/.well-known/openid-configuration"))!;

        Assert.EndsWith("/connect/token", document["token_endpoint"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["client_credentials"], document["grant_types_supported"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.Subset(document["scopes_supported"]!.AsArray().Select(s => s!.GetValue<string>()).ToHashSet(), Scopes.All.ToHashSet());
        Assert.NotNull(JsonNode.Parse(await client.GetStringAsync(new Uri(document["jwks_uri"]!.GetValue<string>()).PathAndQuery))!["keys"]);
    }
}
