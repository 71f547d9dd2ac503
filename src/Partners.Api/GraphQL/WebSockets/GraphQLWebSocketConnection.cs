using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using GraphQL;
using Partners.Api.Identity;
using Partners.Api.Localization;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.WebSockets;

/// <summary>
/// One socket speaking <c>graphql-transport-ws</c>: the receive loop enforces the protocol's order
/// (init, ack, operations) and its close codes; operations run beside it and write through the one sender.
/// </summary>
public sealed partial class GraphQLWebSocketConnection(
    WebSocket socket,
    HttpContext http,
    GraphQLWebSocketServices services) : IAsyncDisposable
{
    private readonly GraphQLWebSocketOptions options = services.Options;
    private readonly WebSocketSender sender = new(socket, services.Serializer, services.Options.CloseTimeout);
    private readonly ConcurrentDictionary<string, ActiveOperation> operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource receiving = new();
    private readonly Language language = LanguageNegotiation.FromAcceptLanguage(http.Request.Headers.AcceptLanguage);
    private CancellationTokenSource? expiry;

    private int initialised;
    private volatile bool acknowledged;
    private volatile bool goingAway;
    private Caller? caller;
    private ClaimsPrincipal user = new(new ClaimsIdentity());
    private string? clientKey;

    public async Task RunAsync()
    {
        services.Registry.Add(this);
        using var initTimeout = new CancellationTokenSource(options.ConnectionInitTimeout);
        using var onInitTimeout = initTimeout.Token.Register(() =>
        {
            if (Volatile.Read(ref initialised) == 0)
            {
                _ = CloseAsync(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
            }
        });

        try
        {
            if (services.Registry.Stopping.IsCancellationRequested)
            {
                await CloseAsync(CloseCodes.GoingAway, "Server shutting down");
            }

            await ReceiveLoopAsync();
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client went away or the close handshake timed out: nothing left to tell it.
        }
        catch (Exception exception)
        {
            // An authenticator or a bug: the response is already a socket, so the close code is the only way to say it.
            services.Logger.LogError(exception, "A WebSocket connection failed.");
            await CloseAsync(CloseCodes.InternalServerError, "Internal server error");
        }
        finally
        {
            services.Registry.Remove(this);
            await StopOperationsAsync();
            if (clientKey is not null)
            {
                services.Registry.Release(clientKey);
            }
        }
    }

    private async Task ReceiveLoopAsync()
    {
        while (true)
        {
            var (outcome, message) = await WebSocketMessageReader.ReadAsync(socket, options.MaxMessageBytes, receiving.Token);
            if (outcome == ReadOutcome.Closed)
            {
                // Answer the client's close (if we did not start it) and stop: that is the normal end.
                await sender.CloseAsync(CloseCodes.Normal, string.Empty);
                return;
            }

            if (sender.IsClosed)
            {
                continue; // After our close frame, only the client's close matters.
            }

            switch (outcome)
            {
                case ReadOutcome.TooBig:
                    await CloseAsync(CloseCodes.MessageTooBig, "Message too big");
                    break;
                case ReadOutcome.Binary:
                    await CloseAsync(CloseCodes.BadRequest, "Binary messages are not supported");
                    break;
                default:
                    await HandleAsync(ClientMessage.Parse(message));
                    break;
            }
        }
    }

    private async Task HandleAsync(ClientMessage? message)
    {
        switch (message)
        {
            case null:
                await CloseAsync(CloseCodes.BadRequest, "Invalid message received");
                break;
            case { Type: MessageTypes.ConnectionInit }:
                await InitialiseAsync(message.Authorization);
                break;
            case { Type: MessageTypes.Ping }:
                await sender.SendAsync(MessageTypes.Pong, receiving.Token);
                break;
            case { Type: MessageTypes.Pong }:
                break;
            case { Type: MessageTypes.Subscribe }:
                await SubscribeAsync(message.Id!, message);
                break;
            case { Type: MessageTypes.Complete }:
                if (operations.TryRemove(message.Id!, out var operation))
                {
                    await operation.Stop.CancelAsync();
                }

                break;
        }
    }

    private async Task InitialiseAsync(string? authorization)
    {
        if (Interlocked.Exchange(ref initialised, 1) == 1)
        {
            await CloseAsync(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        // Every subscription needs a caller: a connection without a valid token, from connection_init's payload or
        // else the upgrade request's Authorization header (clients that can set headers), is closed with 4403.
        if (string.IsNullOrWhiteSpace(authorization))
        {
            authorization = http.Request.Headers.Authorization.ToString();
        }

        var principal = string.IsNullOrWhiteSpace(authorization)
            ? null
            : await services.Authenticator.AuthenticateAsync(authorization, http, receiving.Token);
        caller = Caller.FromPrincipal(principal);
        if (principal is null || caller is null)
        {
            await CloseAsync(CloseCodes.Forbidden, "Forbidden");
            return;
        }

        user = principal;
        if (!services.Registry.TryAcquire(caller.ClientId))
        {
            await CloseAsync(CloseCodes.TooManyInitialisationRequests, "Too many connections for this client");
            return;
        }

        clientKey = caller.ClientId;
        TokenId = OpenIddict.Abstractions.OpenIddictExtensions.GetTokenId(principal) is { Length: > 0 } id ? id : null;
        await sender.SendAsync(MessageTypes.ConnectionAck, receiving.Token);
        acknowledged = true;

        // After the ack: a token that expires during the handshake ends the connection after it, never instead of it.
        ScheduleExpiry();
    }

    /// <summary>A socket outlives its token otherwise: at the token's <c>exp</c> the connection ends with 4401.</summary>
    private void ScheduleExpiry()
    {
        if (TokenExpiry.Read(user) is not { } expiresAt)
        {
            return;
        }

        var remaining = expiresAt - services.TimeProvider.GetUtcNow();
        var delay = TimeSpan.FromMilliseconds(Math.Clamp(remaining.TotalMilliseconds, 0, int.MaxValue - 1));
        expiry = new CancellationTokenSource(delay, services.TimeProvider);
        expiry.Token.Register(() => _ = CloseAsync(CloseCodes.Unauthorized, "Token expired"));
    }

    /// <summary>
    /// The OpenIddict id of the connection's token once <c>connection_init</c> authenticated it (Entra ID tokens carry
    /// none: their staff's sockets end at expiry). <see cref="WebSocketConnectionRegistry"/> ends the connection with
    /// 4401 when a refresh of <see cref="TokenRevocations"/> finds it revoked.
    /// </summary>
    public string? TokenId { get; private set; }

    /// <summary>The token was revoked (a logout, a disabled member or client): the connection ends with 4401.</summary>
    public Task RevokeAsync() => CloseAsync(CloseCodes.Unauthorized, "Token revoked");

    /// <summary>Sends the close frame once, stops the operations, and gives the client a bounded time to answer.</summary>
    private async Task CloseAsync(int code, string reason)
    {
        if (!goingAway)
        {
            foreach (var operation in operations.Values)
            {
                await operation.Stop.CancelAsync();
            }
        }

        await sender.CloseAsync(code, reason);
        try
        {
            receiving.CancelAfter(options.CloseTimeout);
        }
        catch (ObjectDisposedException)
        {
            // The connection already ended.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopOperationsAsync();
        expiry?.Dispose();
        receiving.Dispose();
        sender.Dispose();
        foreach (var operation in operations.Values)
        {
            operation.Stop.Dispose();
        }
    }
}
