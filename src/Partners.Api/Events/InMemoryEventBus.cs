using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Partners.Api.Events;

/// <summary>One instance's bus: handlers per topic, called in order. The Redis bus fans out through one too.</summary>
public sealed class InMemoryEventBus(ILogger<InMemoryEventBus> logger) : IEventBus
{
    private readonly ConcurrentDictionary<string, ImmutableArray<Action<EventEnvelope>>> handlers = new(StringComparer.Ordinal);
    private readonly Lock publishing = new();

    public Task PublishAsync(EventEnvelope envelope, CancellationToken ct)
    {
        Deliver(envelope);
        return Task.CompletedTask;
    }

    /// <summary>Hands the event to this instance's observers; one event at a time, so every observer sees one order.</summary>
    public void Deliver(EventEnvelope envelope)
    {
        if (!handlers.TryGetValue(envelope.Topic, out var current))
        {
            return;
        }

        lock (publishing)
        {
            foreach (var handler in current)
            {
                try
                {
                    handler(envelope);
                }
                catch (Exception exception)
                {
                    // One broken subscription must not starve the others.
                    logger.LogError(exception, "An event handler failed for event {EventId}.", envelope.Id);
                }
            }
        }
    }

    public IDisposable Observe(string topic, Action<EventEnvelope> onEvent)
    {
        handlers.AddOrUpdate(topic, _ => [onEvent], (_, list) => list.Add(onEvent));
        return new Registration(() => handlers.AddOrUpdate(topic, _ => [], (_, list) => list.Remove(onEvent)));
    }

    private sealed class Registration(Action remove) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                remove();
            }
        }
    }
}
