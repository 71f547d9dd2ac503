using System.Diagnostics;

namespace Partners.Tests.Subscriptions;

/// <summary>Stopping the host completes open subscriptions and closes sockets with 1001, in bounded time.</summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task Stopping_the_host_completes_subscriptions_and_closes_with_1001()
    {
        var factory = new WebSocketApiFactory();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(factory, "Bearer test-2-IspOperator-shutdown");
        await client.SubscribeAsync("s", "subscription { testTicks(count: 100000, intervalMs: 50) }");
        Assert.Equal("next", (await client.ReceiveAsync())["type"]!.GetValue<string>());

        var watch = Stopwatch.StartNew();
        var stopping = Task.Run(async () => await factory.DisposeAsync());

        var sawComplete = false;
        while (true)
        {
            var (message, status) = await client.ReceiveOrCloseAsync();
            if (message is null)
            {
                Assert.Equal(1001, status);
                break;
            }

            sawComplete |= message["type"]!.GetValue<string>() == "complete" && message["id"]!.GetValue<string>() == "s";
        }

        Assert.True(sawComplete, "The open subscription was not completed before the close.");
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"Shutdown took {watch.Elapsed}.");
    }
}
