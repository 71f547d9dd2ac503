using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Partners.Tests.Subscriptions;

/// <summary>A real WebSocket to the test server's /graphql; every receive is bounded so no test can hang.</summary>
public sealed class GraphQLWebSocketClient : IAsyncDisposable
{
    public const string OperatorToken = "Bearer test-2-IspOperator-operator1";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);
    private readonly WebSocket socket;

    private GraphQLWebSocketClient(WebSocket socket) => this.socket = socket;

    public string? SubProtocol => socket.SubProtocol;

    public static async Task<GraphQLWebSocketClient> ConnectAsync<T>(
        WebApplicationFactory<T> factory, string? subProtocol = "graphql-transport-ws", string? authorization = null)
        where T : class
    {
        var client = factory.Server.CreateWebSocketClient();
        if (authorization is not null)
        {
            client.ConfigureRequest = request => request.Headers.Authorization = authorization;
        }

        if (subProtocol is not null)
        {
            client.SubProtocols.Add(subProtocol);
        }

        using var timeout = new CancellationTokenSource(Bound);
        return new GraphQLWebSocketClient(await client.ConnectAsync(new Uri("ws://localhost/graphql"), timeout.Token));
    }

    /// <summary>Connects, sends connection_init (with a token when given) and expects connection_ack.</summary>
    public static async Task<GraphQLWebSocketClient> ConnectAndInitAsync<T>(WebApplicationFactory<T> factory, string? authorization = OperatorToken)
        where T : class
    {
        var client = await ConnectAsync(factory);
        await client.SendAsync(new { type = "connection_init", payload = new { authorization } });
        Assert.Equal("connection_ack", (await client.ReceiveAsync())["type"]!.GetValue<string>());
        return client;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SubscribeAsync(string id, string query) => SendAsync(new { id, type = "subscribe", payload = new { query } });

    public async Task SendTextAsync(string text)
    {
        using var timeout = new CancellationTokenSource(Bound);
        await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    public async Task SendBinaryAsync(byte[] bytes)
    {
        using var timeout = new CancellationTokenSource(Bound);
        await socket.SendAsync(bytes, WebSocketMessageType.Binary, true, timeout.Token);
    }

    /// <summary>The next message; fails if the server closes instead or nothing comes in time.</summary>
    public async Task<JsonNode> ReceiveAsync()
    {
        var (message, status) = await ReceiveAnyAsync();
        Assert.True(message is not null, $"Expected a message, the socket closed with {status}.");
        return message;
    }

    /// <summary>Reads until the server's close frame and returns its code, skipping messages on the way.</summary>
    public async Task<int?> ReceiveCloseAsync()
    {
        while (true)
        {
            var (message, status) = await ReceiveAnyAsync();
            if (message is null)
            {
                return status;
            }
        }
    }

    /// <summary>The next message, or null and the close code when the server closes.</summary>
    public Task<(JsonNode? Message, int? CloseStatus)> ReceiveOrCloseAsync() => ReceiveAnyAsync();

    private async Task<(JsonNode? Message, int? CloseStatus)> ReceiveAnyAsync()
    {
        using var timeout = new CancellationTokenSource(Bound);
        var buffer = new byte[16 * 1024];
        using var text = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (null, (int?)result.CloseStatus);
            }

            text.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return (JsonNode.Parse(text.ToArray())!, null);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
            {
                // The server is gone already.
            }
        }

        socket.Dispose();
    }
}
