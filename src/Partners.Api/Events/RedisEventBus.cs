using System.Text.Json;
using StackExchange.Redis;

namespace Partners.Api.Events;

/// <summary>
/// Redis pub/sub between instances: an event published by any instance reaches this instance's observers through
/// Redis only (never twice), in the order Redis delivers it on the one channel.
/// </summary>
public sealed class RedisEventBus : IEventBus, IAsyncDisposable
{
    private readonly InMemoryEventBus local;
    private readonly RedisChannel channel;
    private readonly ILogger<RedisEventBus> logger;
    private readonly Task<ConnectionMultiplexer> connection;

    public RedisEventBus(SubscriptionsOptions options, InMemoryEventBus local, ILogger<RedisEventBus> logger)
    {
        if (string.IsNullOrWhiteSpace(options.Redis))
        {
            throw new InvalidOperationException("Subscriptions:Redis must hold a Redis connection string when Subscriptions:Provider is Redis.");
        }

        this.local = local;
        this.logger = logger;
        channel = RedisChannel.Literal(options.RedisChannel);
        var configuration = ConfigurationOptions.Parse(options.Redis);
        // Keep retrying in the background: an API without Redis still serves queries.
        configuration.AbortOnConnectFail = false;
        connection = ConnectAsync(configuration);
    }

    /// <summary>Completes once this instance listens on the channel.</summary>
    public Task Ready => connection;

    private async Task<ConnectionMultiplexer> ConnectAsync(ConfigurationOptions configuration)
    {
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration);
        // A ChannelMessageQueue hands messages over one at a time, in order.
        var queue = await multiplexer.GetSubscriber().SubscribeAsync(channel);
        queue.OnMessage(message => Receive(message.Message));
        return multiplexer;
    }

    private void Receive(RedisValue message)
    {
        try
        {
            local.Deliver(JsonSerializer.Deserialize<EventEnvelope>((string)message!)!);
        }
        catch (JsonException exception)
        {
            logger.LogError(exception, "An unreadable event arrived on the Redis channel.");
        }
    }

    public async Task PublishAsync(EventEnvelope envelope, CancellationToken ct)
    {
        var multiplexer = await connection.WaitAsync(ct);
        await multiplexer.GetSubscriber().PublishAsync(channel, JsonSerializer.Serialize(envelope));
    }

    public IDisposable Observe(string topic, Action<EventEnvelope> onEvent) => local.Observe(topic, onEvent);

    public async ValueTask DisposeAsync()
    {
        if (connection.IsCompletedSuccessfully)
        {
            await connection.Result.DisposeAsync();
        }
    }
}
