using System.Collections.Concurrent;
using Partners.Api.Identity;

namespace Partners.Api.Events;

/// <summary>
/// Whether an OAuth client still exists and is enabled, read from OpenIddict at most every
/// <see cref="SubscriptionsOptions.ClientCheckInterval"/>: a disabled client's subscriptions stop at their next event.
/// </summary>
public sealed class ClientStatus(IServiceScopeFactory scopes, SubscriptionsOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (bool Enabled, DateTimeOffset CheckedAt)> cache = new(StringComparer.Ordinal);

    public async ValueTask<bool> IsEnabledAsync(string clientId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (cache.TryGetValue(clientId, out var known) && now - known.CheckedAt < options.ClientCheckInterval)
        {
            return known.Enabled;
        }

        await using var scope = scopes.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<ClientRegistry>();
        var enabled = await registry.OrganisationOfAsync(clientId, ct) is not null;
        cache[clientId] = (enabled, now);
        return enabled;
    }
}
