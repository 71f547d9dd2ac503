using Partners.Tests.Infrastructure;

namespace Partners.Tests.Subscriptions;

/// <summary>The production authenticator: the token goes to the host's default authentication scheme.</summary>
public sealed class DefaultAuthenticatorTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    [Fact]
    public async Task A_token_the_host_cannot_validate_closes_with_4403()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(factory);
        await client.SendAsync(new { type = "connection_init", payload = new { authorization = "Bearer forged" } });

        Assert.Equal(4403, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_token_from_the_token_endpoint_is_acknowledged()
    {
        var token = await Tokens.GetAsync(factory.CreateClient(), "isp-demo");
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(factory, "Bearer " + token);
        await client.SubscribeAsync("1", "{ viewer { clientId } }");

        var next = await client.ReceiveAsync();
        Assert.Equal("isp-demo", next["payload"]!["data"]!["viewer"]!["clientId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_a_token_the_connection_is_closed_with_4403()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(factory);
        await client.SendAsync(new { type = "connection_init" });

        Assert.Equal(4403, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_real_token_in_the_upgrade_requests_header_or_under_Authorization_is_acknowledged()
    {
        var token = "Bearer " + await Tokens.GetAsync(factory.CreateClient(), "isp-demo");
        await using var byHeader = await GraphQLWebSocketClient.ConnectAsync(factory, authorization: token);
        await byHeader.SendAsync(new { type = "connection_init" });
        await using var byKey = await GraphQLWebSocketClient.ConnectAsync(factory);
        await byKey.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { ["Authorization"] = token } });

        Assert.Equal("connection_ack", (await byHeader.ReceiveAsync())["type"]!.GetValue<string>());
        Assert.Equal("connection_ack", (await byKey.ReceiveAsync())["type"]!.GetValue<string>());
    }
}
