namespace Partners.Tests.Subscriptions;

/// <summary>Subscriptions over the socket: events as next, complete at the end, client complete, the limit.</summary>
public sealed class SubscriptionStreamTests(WebSocketApiFactory factory) : IClassFixture<WebSocketApiFactory>
{
    private const string Endless = "subscription { testTicks(count: 100000, intervalMs: 50) }";

    private static string NewToken() => $"Bearer test-2-IspOperator-c{Guid.NewGuid():N}";

    [Fact]
    public async Task Each_event_is_a_next_and_the_streams_end_is_complete()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(factory, NewToken());
        await client.SubscribeAsync("ticks", "subscription { testTicks(count: 3) }");

        for (var i = 1; i <= 3; i++)
        {
            var next = await client.ReceiveAsync();
            Assert.Equal("next", next["type"]!.GetValue<string>());
            Assert.Equal("ticks", next["id"]!.GetValue<string>());
            Assert.Equal(i, next["payload"]!["data"]!["testTicks"]!.GetValue<int>());
        }

        var complete = await client.ReceiveAsync();
        Assert.Equal("complete", complete["type"]!.GetValue<string>());
        Assert.Equal("ticks", complete["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Variables_and_the_operation_name_are_honoured()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(factory, NewToken());
        await client.SendAsync(new
        {
            id = "v",
            type = "subscribe",
            payload = new { query = "query A { __typename } subscription B($n: Int!) { testTicks(count: $n) }", operationName = "B", variables = new { n = 1 } },
        });

        Assert.Equal(1, (await client.ReceiveAsync())["payload"]!["data"]!["testTicks"]!.GetValue<int>());
        Assert.Equal("complete", (await client.ReceiveAsync())["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_subscription_outlives_the_execution_timeout()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(factory, NewToken());
        await client.SubscribeAsync("slow", "subscription { testTicks(count: 8, intervalMs: 500) }");

        for (var i = 1; i <= 8; i++)
        {
            var next = await client.ReceiveAsync();
            Assert.True(next["type"]!.GetValue<string>() == "next", next.ToJsonString());
            Assert.Equal(i, next["payload"]!["data"]!["testTicks"]!.GetValue<int>());
        }

        Assert.Equal("complete", (await client.ReceiveAsync())["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_clients_complete_stops_the_subscription()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(factory, NewToken());
        await client.SubscribeAsync("s", Endless);
        Assert.Equal("next", (await client.ReceiveAsync())["type"]!.GetValue<string>());

        await client.SendAsync(new { id = "s", type = "complete" });
        await DrainUntilPongAsync(client);
        await Task.Delay(300);
        await client.SendAsync(new { type = "ping" });

        // Nothing was sent for "s" since it was stopped: the next message is the pong.
        Assert.Equal("pong", (await client.ReceiveAsync())["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_subscribe_beyond_the_per_connection_limit_gets_an_error()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(factory, NewToken());
        await client.SubscribeAsync("a", Endless);
        await client.SubscribeAsync("b", Endless);
        await client.SubscribeAsync("c", Endless);

        while (true)
        {
            var message = await client.ReceiveAsync();
            if (message["type"]!.GetValue<string>() == "error")
            {
                Assert.Equal("c", message["id"]!.GetValue<string>());
                Assert.Equal("RATE_LIMITED", message["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
                return;
            }

            Assert.Equal("next", message["type"]!.GetValue<string>());
        }
    }

    private static async Task DrainUntilPongAsync(GraphQLWebSocketClient client)
    {
        await client.SendAsync(new { type = "ping" });
        while ((await client.ReceiveAsync())["type"]!.GetValue<string>() != "pong")
        {
            // Events already in flight before the complete was read.
        }
    }
}
