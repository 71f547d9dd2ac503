using System.Collections.Concurrent;
using Partners.Api.Identity;

namespace Partners.Api.Events;

/// <summary>
/// Each event is loaded once per audience, not once per subscriber: subscribers whose loader decisions cannot differ
/// (the same <see cref="Caller.Audience"/>: organisation and kind, user, scopes, roles, social-service registration) share one load of the same event by the same
/// loader, in a scope of its own. Visibility is still decided by the loader under the audience's rules; what each
/// subscriber's document reads from the shared object is resolved, authorised and access-logged for that subscriber.
/// Only the most recent loads are kept (a subscriber far behind loads again).
/// </summary>
public sealed class EventLoads(IServiceScopeFactory scopes)
{
    /// <summary>How many (event, loader, audience) loads are remembered.</summary>
    public const int Capacity = 1024;

    private readonly ConcurrentDictionary<Key, Lazy<Task<object?>>> loads = new();
    private readonly ConcurrentQueue<Key> order = new();

    /// <summary>How many loads of event <paramref name="eventId"/> ran (one per audience), while it is remembered.</summary>
    public int LoadsOf(long eventId) => loads.Keys.Count(k => k.EventId == eventId);

    public async Task<T?> LoadAsync<T>(EventLoader<T> loader, Caller subscriber, EventEnvelope envelope, CancellationToken ct)
        where T : class
    {
        var key = new Key(envelope.Topic, envelope.Id, loader, subscriber.Audience);
        var created = false;
        var load = loads.GetOrAdd(key, _ =>
        {
            created = true;
            return new Lazy<Task<object?>>(() => RunAsync(loader, subscriber, envelope));
        });
        if (created)
        {
            order.Enqueue(key);
            while (order.Count > Capacity && order.TryDequeue(out var oldest))
            {
                loads.TryRemove(oldest, out _);
            }
        }

        return (T?)await load.Value.WaitAsync(ct);
    }

    private async Task<object?> RunAsync<T>(EventLoader<T> loader, Caller subscriber, EventEnvelope envelope)
        where T : class
    {
        await using var scope = scopes.CreateAsyncScope();
        // Not the subscriber's token: the load is shared, and one subscriber leaving must not cancel it for the others.
        return await loader(scope.ServiceProvider, subscriber, envelope, CancellationToken.None);
    }

    private sealed record Key(string Topic, long EventId, Delegate Loader, string Audience);
}
