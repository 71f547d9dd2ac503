using Partners.Api.GraphQL.Http;

namespace Partners.Api.GraphQL.WebSockets;

/// <summary>Accepts WebSocket upgrades on <c>/graphql</c> for <c>graphql-transport-ws</c> and runs the connection.</summary>
public sealed class GraphQLWebSocketHandler(GraphQLWebSocketServices services) : IGraphQLWebSocketHandler
{
    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(MessageTypes.SubProtocol, StringComparer.Ordinal))
        {
            // The graphql-ws way of refusing another (or no) sub-protocol: accept, then close with 4406.
            using var refused = await context.WebSockets.AcceptWebSocketAsync();
            using var timeout = new CancellationTokenSource(services.Options.CloseTimeout);
            await refused.CloseOutputAsync((System.Net.WebSockets.WebSocketCloseStatus)CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", timeout.Token);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(MessageTypes.SubProtocol);
        await using var connection = new GraphQLWebSocketConnection(socket, context, services);
        await connection.RunAsync();
    }
}
