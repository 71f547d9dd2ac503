using System.Collections.Concurrent;
using Partners.Api.Identity;

namespace Partners.Api.GraphQL.WebSockets;

/// <summary>
/// The live connections of this process: counted per client for the connection limit, ended with 4401 when their
/// token is found revoked, and all sent away (subscriptions completed, close 1001) when the application stops.
/// </summary>
/// <remarks>
/// Revocation is checked in one sweep over the connections each time <see cref="TokenRevocations"/> is refreshed
/// (every <see cref="PartnersIdentityOptions.RevocationPollInterval"/> on every instance, and at once on the instance
/// that disabled a client or member), not by a timer per socket: thousands of subscribers cost one set lookup each per
/// refresh.
/// </remarks>
public sealed class WebSocketConnectionRegistry : IDisposable
{
    private readonly ConcurrentDictionary<GraphQLWebSocketConnection, byte> live = new();
    private readonly Dictionary<string, int> perClient = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private readonly GraphQLWebSocketOptions options;
    private readonly CancellationTokenRegistration stopping;
    private readonly TokenRevocations revocations;

    public WebSocketConnectionRegistry(IHostApplicationLifetime lifetime, GraphQLWebSocketOptions options, TokenRevocations revocations)
    {
        this.options = options;
        this.revocations = revocations;
        Stopping = lifetime.ApplicationStopping;
        stopping = lifetime.ApplicationStopping.Register(GoAway);
        revocations.Refreshed += EndRevoked;
    }

    public CancellationToken Stopping { get; }

    public void Add(GraphQLWebSocketConnection connection) => live.TryAdd(connection, 0);

    public void Remove(GraphQLWebSocketConnection connection) => live.TryRemove(connection, out _);

    public bool TryAcquire(string clientKey)
    {
        lock (gate)
        {
            var count = perClient.GetValueOrDefault(clientKey);
            if (count >= options.MaxConnectionsPerClient)
            {
                return false;
            }

            perClient[clientKey] = count + 1;
            return true;
        }
    }

    public void Release(string clientKey)
    {
        lock (gate)
        {
            if (perClient.TryGetValue(clientKey, out var count))
            {
                if (count <= 1)
                {
                    perClient.Remove(clientKey);
                }
                else
                {
                    perClient[clientKey] = count - 1;
                }
            }
        }
    }

    private void EndRevoked(TokenRevocations.Snapshot snapshot)
    {
        foreach (var connection in live.Keys)
        {
            if (connection.TokenId is { } id && snapshot.Revoked.Contains(id))
            {
                _ = connection.RevokeAsync();
            }
        }
    }

    /// <summary>
    /// Blocks the stopping callback, for a bounded time, until every client was told: the host tears the request
    /// pipeline down right after, and a close frame sent then would be lost.
    /// </summary>
    private void GoAway()
    {
        var all = Task.WhenAll(live.Keys.Select(c => c.GoAwayAsync()));
        try
        {
            all.Wait(options.CloseTimeout * 2);
        }
        catch (AggregateException)
        {
            // Each connection logs its own failure; shutdown goes on.
        }
    }

    public void Dispose()
    {
        revocations.Refreshed -= EndRevoked;
        stopping.Dispose();
    }
}
