using System.Security.Claims;
using System.Text.Json;
using GraphQL;
using Partners.Api.GraphQL.Http;
using Partners.Api.Identity;
using Partners.Api.Localization;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.WebSockets;

/// <summary>
/// Runs one <c>subscribe</c>: a query or mutation once (<c>next</c> then <c>complete</c>), a subscription as the
/// stream GraphQL.NET returns (one <c>next</c> per event, through <see cref="SharedSubscriptions"/>), a document that
/// cannot run as <c>error</c>. Each operation gets its own DI scope: scoped services (the DbContext) are not shared
/// between operations.
/// </summary>
public sealed class OperationRunner(
    IServiceScopeFactory scopes,
    IGraphQLTextSerializer serializer,
    WebSocketSender sender,
    SharedSubscriptions subscriptions,
    Messages messages,
    ILogger logger)
{
    /// <summary>Runs until the operation ends or <paramref name="ct"/> stops it; returns true when it ended by itself.</summary>
    public async Task<bool> RunAsync(string id, GraphQLHttpRequest request, Caller? caller, ClaimsPrincipal user, Language language, CancellationToken ct)
    {
        var scope = scopes.CreateAsyncScope();
        // The execution's own cancellation: a subscription's execution may go on feeding others after this subscriber.
        var lifetime = new CancellationTokenSource();
        ExecutedStream? stream = null;
        try
        {
            var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter<PartnersSchema>>();
            ExecutionResult result;
            ExecutionOptions? options = null;
            await using (ct.Register(lifetime.Cancel))
            {
                try
                {
                    options = Options(request, caller, user, language, scope.ServiceProvider, lifetime.Token);
                    result = await executer.ExecuteAsync(options);
                }
                catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
                {
                    // Variables that are not a JSON object, and the like: the client's request, as over HTTP (400).
                    logger.LogInformation(exception, "Unreadable GraphQL request parameters over WebSocket.");
                    result = new ExecutionResult { Executed = false };
                    result.AddError(new ExecutionError(messages.Get("invalid_request", language, "variables")) { Code = ErrorCodes.BadRequest });
                }
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

            // A subscription has exactly one root field (a GraphQL validation rule), hence one stream. From here the
            // stream, its scope and its cancellation belong to the shared subscriptions.
            stream = new ExecutedStream(scope, lifetime, streams.Values.First(), (PartnersUserContext)options!.UserContext);
            return await subscriptions.ForwardAsync(id, stream, request, sender, ct);
        }
        finally
        {
            if (stream is null)
            {
                await scope.DisposeAsync();
                lifetime.Dispose();
            }
        }
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
}
