using Partners.Tests.Infrastructure;

namespace Partners.Tests.Subscriptions;

/// <summary>The graphql-transport-ws rules and close codes of /graphql, over real WebSockets to the test server.</summary>
public sealed class WebSocketProtocolTests(WebSocketApiFactory factory) : IClassFixture<WebSocketApiFactory>
{
    private static string NewToken(string suffix = "") => $"Bearer test-2-IspOperator-c{Guid.NewGuid():N}{suffix}";

    [Fact]
    public async Task The_server_speaks_graphql_transport_ws()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(factory);

        Assert.Equal("graphql-transport-ws", client.SubProtocol);
    }

    [Fact]
    public async Task A_socket_without_the_sub_protocol_is_closed_with_4406()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(factory, subProtocol: null);

        Assert.Equal(4406, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task No_connection_init_in_time_closes_with_4408()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(factory);

        Assert.Equal(4408, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(factory, NewToken());
        await client.SendAsync(new { type = "connection_init" });

        Assert.Equal(4429, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Subscribe_before_the_ack_closes_with_4401()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(factory);
        await client.SubscribeAsync("1", "{ __typename }");

        Assert.Equal(4401, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task An_invalid_token_closes_with_4403()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(factory);
        await client.SendAsync(new { type = "connection_init", payload = new { authorization = "Bearer not-a-token" } });

        Assert.Equal(4403, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_failing_authenticator_closes_with_4500()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(factory);
        await client.SendAsync(new { type = "connection_init", payload = new { authorization = FakeWebSocketAuthenticator.Failing } });

        Assert.Equal(4500, await client.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("""{ "type": "connection_init" }""")]
    [InlineData("""{ "type": "connection_init", "payload": {} }""")]
    [InlineData("""{ "type": "connection_init", "payload": { "authorization": "" } }""")]
    public async Task A_connection_without_a_token_is_closed_at_connection_init_with_4403(string init)
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(factory);
        await client.SendTextAsync(init);

        Assert.Equal(4403, await client.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("authorization")]
    [InlineData("Authorization")]
    [InlineData("AUTHORIZATION")]
    public async Task The_token_key_of_connection_init_is_read_in_any_letter_case(string key)
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(factory);
        await client.SendTextAsync($$"""{ "type": "connection_init", "payload": { "{{key}}": "{{NewToken()}}" } }""");

        Assert.Equal("connection_ack", (await client.ReceiveAsync())["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Two_token_keys_in_connection_init_are_malformed()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(factory);
        await client.SendTextAsync($$"""{ "type": "connection_init", "payload": { "authorization": "{{NewToken()}}", "Authorization": "{{NewToken()}}" } }""");

        Assert.Equal(4400, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task The_upgrade_requests_Authorization_header_authenticates_the_connection()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(factory, authorization: NewToken());
        await client.SendAsync(new { type = "connection_init" });

        Assert.Equal("connection_ack", (await client.ReceiveAsync())["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_connection_may_ask_for_typename()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(factory, NewToken());
        await client.SubscribeAsync("q", "{ __typename }");

        var next = await client.ReceiveAsync();
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal("q", next["id"]!.GetValue<string>());
        Assert.Equal("Query", next["payload"]!["data"]!["__typename"]!.GetValue<string>());
        var complete = await client.ReceiveAsync();
        Assert.Equal("complete", complete["type"]!.GetValue<string>());
        Assert.Equal("q", complete["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_ping_gets_a_pong()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(factory);
        await client.SendAsync(new { type = "ping" });

        Assert.Equal("pong", (await client.ReceiveAsync())["type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("""{ "type": "unknown" }""")]
    [InlineData("""{ "type": "subscribe", "payload": { "query": "{ __typename }" } }""")]
    [InlineData("""{ "type": "subscribe", "id": "1" }""")]
    [InlineData("""{ "type": "complete" }""")]
    [InlineData("""{ "type": "next", "id": "1", "payload": {} }""")]
    public async Task A_malformed_message_closes_with_4400(string message)
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(factory, NewToken());
        await client.SendTextAsync(message);

        Assert.Equal(4400, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_binary_message_closes_with_4400()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(factory, NewToken());
        await client.SendBinaryAsync([1, 2, 3]);

        Assert.Equal(4400, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_message_beyond_the_size_limit_closes_with_1009()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(factory, NewToken());
        await client.SubscribeAsync("big", "{ __typename " + new string(' ', 4096) + "}");

        Assert.Equal(1009, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_query_over_the_socket_gives_next_then_complete()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(factory, NewToken());
        await client.SubscribeAsync("1", "query Q { __typename }");

        Assert.Equal("Query", (await client.ReceiveAsync())["payload"]!["data"]!["__typename"]!.GetValue<string>());
        Assert.Equal("complete", (await client.ReceiveAsync())["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_invalid_document_gets_an_error_with_the_errors_array()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(factory, NewToken());
        await client.SubscribeAsync("1", "{ noSuchField }");

        var error = await client.ReceiveAsync();
        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Equal("1", error["id"]!.GetValue<string>());
        Assert.NotEmpty(error["payload"]!.AsArray());

        // The operation is over: the id is free again.
        await client.SubscribeAsync("1", "{ __typename }");
        Assert.Equal("next", (await client.ReceiveAsync())["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_duplicate_id_while_active_closes_with_4409()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(factory, NewToken());
        await client.SubscribeAsync("dup", "subscription { testTicks(count: 1000, intervalMs: 100) }");
        await client.SubscribeAsync("dup", "subscription { testTicks(count: 1000, intervalMs: 100) }");

        Assert.Equal(4409, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task The_tokens_expiry_closes_with_4401()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(factory, NewToken("-1"));

        Assert.Equal(4401, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task One_connection_beyond_the_per_client_limit_closes_with_4429()
    {
        var token = NewToken();
        await using var first = await GraphQLWebSocketClient.ConnectAndInitAsync(factory, token);
        await using var second = await GraphQLWebSocketClient.ConnectAndInitAsync(factory, token);
        await using var third = await GraphQLWebSocketClient.ConnectAsync(factory);
        await third.SendAsync(new { type = "connection_init", payload = new { authorization = token } });

        Assert.Equal(4429, await third.ReceiveCloseAsync());
    }
}
