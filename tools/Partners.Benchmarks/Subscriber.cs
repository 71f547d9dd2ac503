using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Partners.Benchmarks;

/// <summary>One graphql-transport-ws client holding one subscription; records when each <c>next</c> arrives.</summary>
public sealed class Subscriber(ClientWebSocket socket) : IAsyncDisposable
{
    private static readonly byte[] NextMessage = "\"type\":\"next\""u8.ToArray();
    private readonly List<long> arrivals = [];
    private byte[] buffer = new byte[8192];

    public int Received
    {
        get
        {
            lock (arrivals)
            {
                return arrivals.Count;
            }
        }
    }

    public string? Failure { get; private set; }

    public static async Task<Subscriber> ConnectAsync(Uri uri, string token, string document, CancellationToken ct)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(uri, ct);
        var subscriber = new Subscriber(socket);
        await subscriber.SendAsync(new { type = "connection_init", payload = new { authorization = "Bearer " + token } }, ct);
        var ack = await subscriber.ReceiveAsync(ct) is { } length ? Encoding.UTF8.GetString(subscriber.buffer, 0, length) : null;
        if (ack?.Contains("connection_ack", StringComparison.Ordinal) != true)
        {
            throw new InvalidOperationException($"No connection_ack: {ack ?? $"closed {socket.CloseStatus} {socket.CloseStatusDescription}"}");
        }

        await subscriber.SendAsync(new { id = "1", type = "subscribe", payload = new { query = document } }, ct);
        _ = subscriber.ListenAsync(ct);
        return subscriber;
    }

    /// <summary>The arrival time (Stopwatch ticks) of the event number <paramref name="index"/>, if it came.</summary>
    public long? ArrivalOf(int index)
    {
        lock (arrivals)
        {
            return index < arrivals.Count ? arrivals[index] : null;
        }
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        try
        {
            while (await ReceiveAsync(ct) is { } length)
            {
                // Stamped before anything else; one buffer per subscriber, so the load generator's own garbage stays small.
                var arrived = Stopwatch.GetTimestamp();
                if (buffer.AsSpan(0, length).IndexOf(NextMessage) >= 0)
                {
                    lock (arrivals)
                    {
                        arrivals.Add(arrived);
                    }
                }
                else
                {
                    Failure = Encoding.UTF8.GetString(buffer, 0, length);
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Closed by the run.
        }
    }

    private Task SendAsync(object message, CancellationToken ct) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, ct);

    /// <summary>The next message's length in <see cref="buffer"/>, or null when the server closes.</summary>
    private async Task<int?> ReceiveAsync(CancellationToken ct)
    {
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var result = await socket.ReceiveAsync(buffer.AsMemory(length), ct);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            length += result.Count;
            if (result.EndOfMessage)
            {
                return length;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // Already gone.
        }

        socket.Dispose();
    }
}
