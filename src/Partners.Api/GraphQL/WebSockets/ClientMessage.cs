using System.Text.Json;
using Partners.Api.GraphQL.Http;

namespace Partners.Api.GraphQL.WebSockets;

/// <summary>
/// A client message of <c>graphql-transport-ws</c>, checked for shape: <see cref="Parse"/> returns null for anything
/// the protocol calls malformed (not JSON, unknown type, missing id or payload), which closes the socket with 4400.
/// </summary>
public sealed record ClientMessage(string Type, string? Id, string? Authorization, GraphQLHttpRequest? Request)
{
    public static ClientMessage? Parse(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !GraphQLRequestReader.TryString(root, "type", out var type) || type is null)
            {
                return null;
            }

            return type switch
            {
                MessageTypes.ConnectionInit => ParseInit(root),
                MessageTypes.Ping or MessageTypes.Pong => GraphQLRequestReader.TryObject(root, "payload", out _) ? new ClientMessage(type, null, null, null) : null,
                MessageTypes.Subscribe => ParseSubscribe(root),
                MessageTypes.Complete => TryId(root, out var id) ? new ClientMessage(type, id, null, null) : null,
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// <c>connection_init</c>'s payload carries the token as <c>authorization</c>, in any letter case (clients write
    /// <c>Authorization</c> as for an HTTP header); a second one with another case is malformed.
    /// </summary>
    private static ClientMessage? ParseInit(JsonElement root)
    {
        if (!GraphQLRequestReader.TryObject(root, "payload", out var payload))
        {
            return null;
        }

        string? authorization = null;
        var found = false;
        foreach (var property in payload?.EnumerateObject() ?? default)
        {
            if (!property.Name.Equals("authorization", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (found || !GraphQLRequestReader.TryString(payload!.Value, property.Name, out authorization))
            {
                return null;
            }

            found = true;
        }

        return new ClientMessage(MessageTypes.ConnectionInit, null, authorization, null);
    }

    private static ClientMessage? ParseSubscribe(JsonElement root) =>
        TryId(root, out var id) && root.TryGetProperty("payload", out var payload)
        && GraphQLRequestReader.TryRead(payload, out var request) == GraphQLRequestReader.Outcome.Read
            ? new ClientMessage(MessageTypes.Subscribe, id, null, request)
            : null;

    private static bool TryId(JsonElement root, out string id)
    {
        id = string.Empty;
        if (!GraphQLRequestReader.TryString(root, "id", out var value) || string.IsNullOrEmpty(value))
        {
            return false;
        }

        id = value;
        return true;
    }


}
