using System.Text.Json.Nodes;
using Partners.Tests.Subscriptions;

namespace Partners.Tests.Events;

/// <summary>Publishing through the test mutation over a socket, and reading the test topic's events.</summary>
public static class EventSockets
{
    public const string Subscription = "subscription { testEvents }";

    /// <summary>Runs <c>testEmit</c> and returns the event id (null when rolled back).</summary>
    public static async Task<long?> EmitAsync(this GraphQLWebSocketClient publisher, long subjectId, long[] organisations, bool rollBack = false)
    {
        var id = Guid.NewGuid().ToString("N");
        await publisher.SendAsync(new
        {
            id,
            type = "subscribe",
            payload = new
            {
                query = "mutation($s: Long!, $o: [Long!]!, $r: Boolean) { testEmit(subjectId: $s, organisations: $o, rollBack: $r) }",
                variables = new { s = subjectId, o = organisations, r = rollBack },
            },
        });
        var next = await publisher.ReceiveAsync();
        Assert.True(next["type"]!.GetValue<string>() == "next", next.ToJsonString());
        Assert.Equal("complete", (await publisher.ReceiveAsync())["type"]!.GetValue<string>());
        return next["payload"]!["data"]!["testEmit"]?.GetValue<long>();
    }

    /// <summary>
    /// The next event's <c>id:subjectId</c> with an id above <paramref name="after"/> (earlier tests' events may
    /// still be in flight), failing on anything but <c>next</c>.
    /// </summary>
    public static async Task<string> NextEventAsync(this GraphQLWebSocketClient subscriber, long after)
    {
        while (true)
        {
            var message = await subscriber.ReceiveAsync();
            Assert.True(message["type"]!.GetValue<string>() == "next", message.ToJsonString());
            var value = message["payload"]!["data"]!["testEvents"]!.GetValue<string>();
            if (long.Parse(value.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture) > after)
            {
                return value;
            }
        }
    }

    public static JsonNode? Code(this JsonNode error) => error["payload"]![0]!["extensions"]!["code"];
}
