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
            if (root.ValueKind != JsonValueKind.Object || !TryString(root, "type", out var type) || type is null)
            {
                return null;
            }

            return type switch
            {
                MessageTypes.ConnectionInit => ParseInit(root),
                MessageTypes.Ping or MessageTypes.Pong => OptionalObject(root, "payload", out _) ? new ClientMessage(type, null, null, null) : null,
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

    private static ClientMessage? ParseInit(JsonElement root)
    {
        if (!OptionalObject(root, "payload", out var payload))
        {
            return null;
        }

        string? authorization = null;
        if (payload is { } p && !TryString(p, "authorization", out authorization))
        {
            return null;
        }

        return new ClientMessage(MessageTypes.ConnectionInit, null, authorization, null);
    }

    private static ClientMessage? ParseSubscribe(JsonElement root)
    {
        if (!TryId(root, out var id) || !OptionalObject(root, "payload", out var payload) || payload is not { } p
            || !TryString(p, "query", out var query) || !TryString(p, "operationName", out var operationName)
            || !TryString(p, "documentId", out var documentId)
            || !OptionalObject(p, "variables", out var variables) || !OptionalObject(p, "extensions", out var extensions)
            || (query is null && documentId is null))
        {
            return null;
        }

        var request = new GraphQLHttpRequest(query, operationName, variables?.Clone(), extensions?.Clone(), documentId);
        return new ClientMessage(MessageTypes.Subscribe, id, null, request);
    }

    private static bool TryId(JsonElement root, out string id)
    {
        id = string.Empty;
        if (!TryString(root, "id", out var value) || string.IsNullOrEmpty(value))
        {
            return false;
        }

        id = value;
        return true;
    }

    /// <summary>True when the property is absent, null or a string.</summary>
    private static bool TryString(JsonElement root, string name, out string? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        value = property.ValueKind == JsonValueKind.String ? property.GetString() : null;
        return property.ValueKind == JsonValueKind.String;
    }

    /// <summary>True when the property is absent, null or an object.</summary>
    private static bool OptionalObject(JsonElement root, string name, out JsonElement? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        value = property;
        return property.ValueKind == JsonValueKind.Object;
    }
}
