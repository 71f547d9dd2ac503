using System.Security.Claims;
using System.Text.Json;
using System.Threading.Channels;
using GraphQL;
using Partners.Api.Boundaries;
using Partners.Api.GraphQL.Http;
using Partners.Api.Identity;
using Partners.Api.Localization;
using Partners.Domain.Common;

using AccessReads = System.Collections.Generic.IReadOnlyList<(long JobSeekerId, Partners.Domain.Boundaries.DataCategory Category, Partners.Domain.Boundaries.AccessDecision Decision)>;

namespace Partners.Api.GraphQL.WebSockets;

/// <summary>
/// Runs one <c>subscribe</c>: a query or mutation once (<c>next</c> then <c>complete</c>), a subscription as the
/// stream GraphQL.NET returns (one <c>next</c> per event), a document that cannot run as <c>error</c>.
/// Each operation gets its own DI scope: scoped services (the DbContext) are not shared between operations.
/// </summary>
public sealed class OperationRunner(
    IServiceScopeFactory scopes,
    IGraphQLTextSerializer serializer,
    WebSocketSender sender,
    Messages messages,
    ILogger logger,
    int maxQueuedResults)
{
    /// <summary>Runs until the operation ends or <paramref name="ct"/> stops it; returns true when it ended by itself.</summary>
    public async Task<bool> RunAsync(string id, GraphQLHttpRequest request, Caller? caller, ClaimsPrincipal user, Language language, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter<PartnersSchema>>();
        ExecutionResult result;
        ExecutionOptions? options = null;
        try
        {
            options = Options(request, caller, user, language, scope.ServiceProvider, ct);
            result = await executer.ExecuteAsync(options);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            // Variables that are not a JSON object, and the like: the client's request, as over HTTP (400).
            logger.LogInformation(exception, "Unreadable GraphQL request parameters over WebSocket.");
            result = new ExecutionResult { Executed = false };
            result.AddError(new ExecutionError(messages.Get("invalid_request", language, "variables")) { Code = ErrorCodes.BadRequest });
        }

        ct.ThrowIfCancellationRequested();

        if (!result.Executed)
        {
            // Parse and validation failures: the protocol's error message, which also ends the operation.
            await sender.SendErrorAsync(id, result, ct);
            return false;
        }

        if (result.Streams is not { Count: > 0 } streams)
        {
            await sender.SendNextAsync(id, result, ct);
            return true;
        }

        // A subscription has exactly one root field (a GraphQL validation rule), hence one stream.
        return await ForwardAsync(id, streams.Values.First(), (PartnersUserContext)options!.UserContext, scope.ServiceProvider.GetRequiredService<AccessLedger>(), ct);
    }

    private ExecutionOptions Options(GraphQLHttpRequest request, Caller? caller, ClaimsPrincipal user, Language language, IServiceProvider services, CancellationToken ct) =>
        new()
        {
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables is { } variables ? serializer.ReadNode<Inputs>(variables) : null,
            Extensions = request.Extensions is { } extensions ? serializer.ReadNode<Inputs>(extensions) : null,
            User = user,
            RequestServices = services,
            CancellationToken = ct,
            UserContext = new PartnersUserContext
            {
                Caller = caller,
                Language = language,
                Transport = "WS",
                OperationName = request.OperationName,
            },
        };

    /// <summary>Sends each event as <c>next</c>; false when the stream ended with an <c>error</c> (no <c>complete</c> then).</summary>
    private async Task<bool> ForwardAsync(string id, IObservable<ExecutionResult> stream, PartnersUserContext user, AccessLedger ledger, CancellationToken ct)
    {
        var language = user.Language;
        // The observer is called on the producer's thread; the channel hands events to this task in order, and its
        // bound stops a client that reads too slowly from holding ever more results in memory.
        var events = Channel.CreateBounded<(ExecutionResult Result, AccessReads Reads)>(new BoundedChannelOptions(maxQueuedResults) { SingleReader = true });
        var overflow = new ExecutionError(messages.Get("subscription_overflow", language, maxQueuedResults)) { Code = ErrorCodes.RateLimited };
        using var subscription = stream.Subscribe(new ChannelObserver(events.Writer, ledger, overflow));
        try
        {
            await foreach (var (result, reads) in events.Reader.ReadAllAsync(ct))
            {
                await sender.SendNextAsync(id, await WithAccessLogAsync(result, reads, user, ct), ct);
            }

            return true;
        }
        catch (ExecutionError error)
        {
            // The stream stopped on purpose (a disabled client, a slow consumer): the protocol's error ends it.
            var failed = new ExecutionResult();
            failed.AddError(error);
            await sender.SendErrorAsync(id, failed, ct);
            return false;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "A subscription stream failed.");
            var failed = new ExecutionResult();
            failed.AddError(new ExecutionError(messages.Get("internal_error", language)) { Code = ErrorCodes.Internal });
            await sender.SendNextAsync(id, failed, ct);
            return true;
        }
    }

    /// <summary>
    /// An event's execution runs after the operation's, so <see cref="AccessLogRecording"/> never sees its reads:
    /// they are written here, in a scope of their own, before the event leaves (none leaves without its entries).
    /// </summary>
    private async Task<ExecutionResult> WithAccessLogAsync(ExecutionResult result, AccessReads reads, PartnersUserContext user, CancellationToken ct)
    {
        if (reads.Count == 0 || user.Caller is not { } caller)
        {
            return result;
        }

        await using var scope = scopes.CreateAsyncScope();
        return await AccessLogRecording.WriteAsync(scope.ServiceProvider, user, caller, reads, result, logger, ct);
    }

    /// <summary>Each event is paired with the reads its execution recorded, drained before the next event runs.</summary>
    private sealed class ChannelObserver(ChannelWriter<(ExecutionResult, AccessReads)> writer, AccessLedger ledger, ExecutionError overflow) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value)
        {
            if (!writer.TryWrite((value, ledger.Drain())))
            {
                writer.TryComplete(overflow);
            }
        }

        public void OnCompleted() => writer.TryComplete();

        public void OnError(Exception error) => writer.TryComplete(error);
    }
}
