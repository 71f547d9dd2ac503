using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphQL;

namespace Partners.Api.GraphQL.WebSockets;

/// <summary>
/// Every write to one socket goes through here: a WebSocket allows one send at a time, and operations, pings and
/// the close all write concurrently. After the close frame nothing else is sent.
/// </summary>
public sealed class WebSocketSender(WebSocket socket, IGraphQLTextSerializer serializer, TimeSpan closeTimeout) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private bool closed;

    public bool IsClosed => closed;

    public Task SendAsync(string type, CancellationToken ct) => SendAsync(type, null, null, ct);

    public Task SendNextAsync(string id, ExecutionResult result, CancellationToken ct) =>
        SendAsync(MessageTypes.Next, id, Encoding.UTF8.GetBytes(serializer.Serialize(result)), ct);

    /// <summary>An <c>error</c> message: its payload is the errors array of the result, per the protocol.</summary>
    public Task SendErrorAsync(string id, ExecutionResult result, CancellationToken ct)
    {
        using var document = JsonDocument.Parse(serializer.Serialize(result));
        var errors = document.RootElement.TryGetProperty("errors", out var array) ? array.GetRawText() : "[]";
        return SendAsync(MessageTypes.Error, id, Encoding.UTF8.GetBytes(errors), ct);
    }

    /// <summary>One message; <paramref name="rawPayload"/> is JSON already (UTF-8), e.g. a result serialised once for many sockets.</summary>
    public async Task SendAsync(string type, string? id, ReadOnlyMemory<byte>? rawPayload, CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>(64 + (rawPayload?.Length ?? 0));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (id is not null)
            {
                writer.WriteString("id", id);
            }

            writer.WriteString("type", type);
            if (rawPayload is not null)
            {
                writer.WritePropertyName("payload");
                writer.WriteRawValue(rawPayload.Value.Span, skipInputValidation: true);
            }

            writer.WriteEndObject();
        }

        await gate.WaitAsync(ct);
        try
        {
            if (!closed && socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, ct);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Sends the close frame once; false when the socket was already closing.</summary>
    public async Task<bool> CloseAsync(int code, string reason)
    {
        using var timeout = new CancellationTokenSource(closeTimeout);
        try
        {
            await gate.WaitAsync(timeout.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException)
        {
            // A send is stuck on a slow client (or the connection already ended): give up on the close frame.
            return false;
        }

        try
        {
            if (closed)
            {
                return false;
            }

            closed = true;
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
            }

            return true;
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
