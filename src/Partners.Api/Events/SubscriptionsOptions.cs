namespace Partners.Api.Events;

/// <summary>The <c>Subscriptions</c> section: where events travel and how delivery is bounded.</summary>
public sealed class SubscriptionsOptions
{
    public const string Section = "Subscriptions";

    /// <summary><c>InMemory</c> (one instance, the default) or <c>Redis</c> (every instance sharing one Redis).</summary>
    public EventBusProvider Provider { get; set; } = EventBusProvider.InMemory;

    /// <summary>The StackExchange.Redis connection string, for <c>Provider = Redis</c>.</summary>
    public string? Redis { get; set; }

    /// <summary>The redis channel events travel on; instances of one deployment share it.</summary>
    public string RedisChannel { get; set; } = "partners:events";

    /// <summary>The fallback poll of the outbox, for events another instance committed without a signal here.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many events one claim takes.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Events waiting for one subscription's loader; beyond it the subscription is dropped with an error.</summary>
    public int QueueCapacity { get; set; } = 100;

    /// <summary>How long "this client is enabled" is trusted before the OpenIddict application is read again.</summary>
    public TimeSpan ClientCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Published events are deleted after this long; the outbox is a queue, not an archive.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);
}

public enum EventBusProvider
{
    InMemory,
    Redis,
}
