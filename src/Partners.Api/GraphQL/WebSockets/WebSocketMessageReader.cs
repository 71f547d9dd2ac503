using System.Buffers;
using System.Net.WebSockets;

namespace Partners.Api.GraphQL.WebSockets;

/// <summary>What one read from the socket gave: a whole text message, the client's close, or a violation.</summary>
public enum ReadOutcome
{
    Text,
    Closed,
    Binary,
    TooBig,
}

/// <summary>Reads whole messages, frame by frame, never buffering more than the configured maximum.</summary>
public static class WebSocketMessageReader
{
    public static async Task<(ReadOutcome Outcome, ReadOnlyMemory<byte> Message)> ReadAsync(WebSocket socket, int maxBytes, CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Min(4096, maxBytes + 1));
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var result = await socket.ReceiveAsync(memory, ct);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (ReadOutcome.Closed, default);
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > maxBytes)
            {
                return (ReadOutcome.TooBig, default);
            }

            if (result.EndOfMessage)
            {
                return result.MessageType == WebSocketMessageType.Binary
                    ? (ReadOutcome.Binary, default)
                    : (ReadOutcome.Text, buffer.WrittenMemory);
            }
        }
    }
}
