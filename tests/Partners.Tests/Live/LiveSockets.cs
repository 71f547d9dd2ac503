using System.Text.Json.Nodes;
using Partners.Tests.Infrastructure;
using Partners.Tests.Subscriptions;

namespace Partners.Tests.Live;

/// <summary>Subscribers as the demo clients, through a real token in <c>connection_init</c>.</summary>
public static class LiveSockets
{
    public static async Task<GraphQLWebSocketClient> SubscribeAsync(LiveApiFactory factory, string client, string document)
    {
        var token = await Tokens.GetAsync(factory.CreateClient(), client);
        var socket = await GraphQLWebSocketClient.ConnectAndInitAsync(factory, "Bearer " + token);
        await socket.SubscribeAsync("live", document);
        return socket;
    }

    /// <summary>The payload data of the next <c>next</c>, failing on anything else or after the client's bound.</summary>
    public static async Task<JsonNode> NextDataAsync(this GraphQLWebSocketClient socket, string field)
    {
        var message = await socket.ReceiveAsync();
        Assert.True(message["type"]!.GetValue<string>() == "next", message.ToJsonString());
        return message["payload"]!["data"]![field]!;
    }

    /// <summary>True when a message arrives within <paramref name="wait"/>: the test's proof that nothing was sent.</summary>
    public static async Task<JsonNode?> MessageWithinAsync(this GraphQLWebSocketClient socket, TimeSpan wait)
    {
        var receive = socket.ReceiveOrCloseAsync();
        return await Task.WhenAny(receive, Task.Delay(wait)) == receive ? (await receive).Message : null;
    }

    /// <summary>The first event matching <paramref name="wanted"/>: a previous test's event may still be in flight on a shared host.</summary>
    public static async Task<JsonNode> NextDataAsync(this GraphQLWebSocketClient socket, string field, Func<JsonNode, bool> wanted)
    {
        while (true)
        {
            var data = await socket.NextDataAsync(field);
            if (wanted(data))
            {
                return data;
            }
        }
    }
}
