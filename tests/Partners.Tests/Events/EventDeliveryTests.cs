using Microsoft.Extensions.DependencyInjection;
using Partners.Tests.Subscriptions;

namespace Partners.Tests.Events;

/// <summary>The outbox to a subscriber over a real WebSocket: committed only, in order, authorised at delivery.</summary>
public sealed class EventDeliveryTests(EventsApiFactory factory) : IClassFixture<EventsApiFactory>
{
    private static readonly long[] Ours = [2];

    [Fact]
    public async Task A_committed_event_reaches_the_subscriber()
    {
        var after = await factory.LastEventIdAsync();
        await using var subscriber = await SubscribeAsync();
        await using var publisher = await PublisherAsync();

        // Delivered, not timed: latency is the subscription benchmark's (tools/Partners.Benchmarks).
        var id = await publisher.EmitAsync(41, Ours);
        Assert.Equal($"{id}:41", await subscriber.NextEventAsync(after));
    }

    [Fact]
    public async Task A_change_rolled_back_after_its_save_produces_no_event()
    {
        var after = await factory.LastEventIdAsync();
        await using var subscriber = await SubscribeAsync();
        await using var publisher = await PublisherAsync();

        Assert.Null(await publisher.EmitAsync(666, Ours, rollBack: true));
        var id = await publisher.EmitAsync(42, Ours);

        // Had the rolled-back event been published, it would come first.
        Assert.Equal($"{id}:42", await subscriber.NextEventAsync(after));
    }

    [Fact]
    public async Task Events_arrive_in_id_order()
    {
        var after = await factory.LastEventIdAsync();
        await using var subscriber = await SubscribeAsync();
        await using var publisher = await PublisherAsync();

        var ids = new List<long>();
        for (var subject = 1; subject <= 8; subject++)
        {
            ids.Add((await publisher.EmitAsync(subject, Ours))!.Value);
        }

        var received = new List<long>();
        for (var i = 0; i < ids.Count; i++)
        {
            received.Add(long.Parse((await subscriber.NextEventAsync(after)).Split(':')[0], System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(ids, received);
        Assert.Equal(received.Order(), received);
    }

    [Fact]
    public async Task An_event_the_loader_refuses_is_not_delivered()
    {
        var after = await factory.LastEventIdAsync();
        await using var subscriber = await SubscribeAsync();
        await using var publisher = await PublisherAsync();

        await publisher.EmitAsync(-1, Ours);
        var id = await publisher.EmitAsync(43, Ours);

        Assert.Equal($"{id}:43", await subscriber.NextEventAsync(after));
    }

    [Fact]
    public async Task An_event_of_other_organisations_is_not_delivered()
    {
        var after = await factory.LastEventIdAsync();
        await using var subscriber = await SubscribeAsync();
        await using var publisher = await PublisherAsync();

        await publisher.EmitAsync(44, [3, 4]);
        var id = await publisher.EmitAsync(45, [4, 2]);

        Assert.Equal($"{id}:45", await subscriber.NextEventAsync(after));
    }

    [Fact]
    public async Task A_client_disabled_mid_subscription_gets_a_forbidden_error_and_nothing_more()
    {
        var after = await factory.LastEventIdAsync();
        var (token, clientId) = await factory.NewClientAsync();
        await using var subscriber = await GraphQLWebSocketClient.ConnectAndInitAsync(factory, token);
        await subscriber.SubscribeAsync("events", EventSockets.Subscription);
        await using var publisher = await PublisherAsync();
        var first = await publisher.EmitAsync(46, Ours);
        Assert.Equal($"{first}:46", await subscriber.NextEventAsync(after));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<Partners.Api.Identity.ClientRegistry>().DisableAsync(clientId, CancellationToken.None));
        }

        await publisher.EmitAsync(47, Ours);
        var error = await subscriber.ReceiveAsync();
        Assert.True(error["type"]!.GetValue<string>() == "error", error.ToJsonString());
        Assert.Equal("events", error["id"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", error.Code()!.GetValue<string>());

        // The operation is over: the next message is the pong, not an event.
        await publisher.EmitAsync(48, Ours);
        await subscriber.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await subscriber.ReceiveAsync())["type"]!.GetValue<string>());
    }

    private async Task<GraphQLWebSocketClient> SubscribeAsync()
    {
        var (token, _) = await factory.NewClientAsync();
        var client = await GraphQLWebSocketClient.ConnectAndInitAsync(factory, token);
        await client.SubscribeAsync("events", EventSockets.Subscription);
        // The subscribe runs beside the receive loop: a round trip makes sure the stream is observing.
        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await client.ReceiveAsync())["type"]!.GetValue<string>());
        await Task.Delay(100);
        return client;
    }

    private async Task<GraphQLWebSocketClient> PublisherAsync() =>
        await GraphQLWebSocketClient.ConnectAndInitAsync(factory, (await factory.NewClientAsync()).Token);
}
