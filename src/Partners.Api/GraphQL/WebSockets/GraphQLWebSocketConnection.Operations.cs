using System.Net.WebSockets;
using GraphQL;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.WebSockets;

/// <summary>The operations of a connection: started by <c>subscribe</c>, stopped by <c>complete</c>, close or shutdown.</summary>
public sealed partial class GraphQLWebSocketConnection
{
    private async Task SubscribeAsync(string id, ClientMessage message)
    {
        if (!acknowledged)
        {
            await CloseAsync(CloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        if (operations.ContainsKey(id))
        {
            await CloseAsync(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        if (operations.Count >= options.MaxSubscriptionsPerConnection)
        {
            var refused = new ExecutionResult { Executed = false };
            refused.AddError(new ExecutionError(services.Messages.Get("too_many_subscriptions", language, options.MaxSubscriptionsPerConnection))
            {
                Code = ErrorCodes.RateLimited,
            });
            await sender.SendErrorAsync(id, refused, receiving.Token);
            return;
        }

        var operation = new ActiveOperation(new CancellationTokenSource());
        operations[id] = operation;
        operation.Run = Task.Run(() => RunOperationAsync(id, operation, message));
    }

    private async Task RunOperationAsync(string id, ActiveOperation operation, ClientMessage message)
    {
        var runner = new OperationRunner(services.ScopeFactory, services.Serializer, sender, services.Subscriptions, services.Messages, services.Logger);
        var ct = operation.Stop.Token;
        try
        {
            var sendComplete = await runner.RunAsync(id, message.Request!, caller, user, language, ct);
            // Removed before complete is sent: the client may reuse the id as soon as it reads complete.
            if (operations.TryRemove(new KeyValuePair<string, ActiveOperation>(id, operation)) && sendComplete)
            {
                await sender.SendAsync(MessageTypes.Complete, id, null, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            if (goingAway)
            {
                await SendQuietlyAsync(MessageTypes.Complete, id);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException)
        {
            // The socket died under the operation; the receive loop ends the connection.
        }
        catch (Exception exception)
        {
            services.Logger.LogError(exception, "A WebSocket operation failed.");
            operations.TryRemove(new KeyValuePair<string, ActiveOperation>(id, operation));
            await CloseAsync(CloseCodes.InternalServerError, "Internal server error");
        }
    }

    /// <summary>Application stopping: every operation gets its <c>complete</c>, then the socket closes with 1001.</summary>
    public async Task GoAwayAsync()
    {
        goingAway = true;
        await StopOperationsAsync();
        await CloseAsync(CloseCodes.GoingAway, "Server shutting down");
    }

    private async Task SendQuietlyAsync(string type, string id)
    {
        using var timeout = new CancellationTokenSource(options.CloseTimeout);
        try
        {
            await sender.SendAsync(type, id, null, timeout.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // Best effort: the socket closes next anyway.
        }
    }

    private async Task StopOperationsAsync()
    {
        var running = operations.Values.ToArray();
        foreach (var operation in running)
        {
            await operation.Stop.CancelAsync();
        }

        try
        {
            await Task.WhenAll(running.Select(o => o.Run)).WaitAsync(options.CloseTimeout);
        }
        catch (TimeoutException)
        {
            // An operation stuck in a resolver must not hold the connection (or the shutdown) open.
        }
    }

    private sealed class ActiveOperation(CancellationTokenSource stop)
    {
        public CancellationTokenSource Stop { get; } = stop;

        public Task Run { get; set; } = Task.CompletedTask;
    }
}
