namespace Partners.Api.Events;

/// <summary>
/// Carries committed events to the subscriptions of every instance. Only the outbox dispatcher publishes; features
/// enqueue with <c>db.Enqueue(...)</c> and subscribe with <c>context.EventStream(...)</c>.
/// </summary>
public interface IEventBus
{
    /// <summary>Sends one event to every observer of its topic, on every instance sharing the bus.</summary>
    Task PublishAsync(EventEnvelope envelope, CancellationToken ct);

    /// <summary>
    /// Calls <paramref name="onEvent"/> for each event of <paramref name="topic"/>, in publication order, until the
    /// result is disposed. The handler runs on the publisher's thread: it must only queue, never block.
    /// </summary>
    IDisposable Observe(string topic, Action<EventEnvelope> onEvent);
}
