using System.Text.Json;

namespace Partners.Api.GraphQL.Http;

/// <summary>
/// Reads the GraphQL request parameters (query, operationName, documentId, variables, extensions) from a JSON object:
/// a POST body over HTTP, a <c>subscribe</c> payload over WebSocket. One reader, so both transports accept and
/// refuse exactly the same requests.
/// </summary>
public static class GraphQLRequestReader
{
    public enum Outcome
    {
        Read,

        /// <summary>A parameter has the wrong JSON type.</summary>
        Malformed,

        /// <summary>Neither a query nor a persisted document id.</summary>
        MissingQuery,
    }

    public static Outcome TryRead(JsonElement payload, out GraphQLHttpRequest? request)
    {
        request = null;
        if (payload.ValueKind != JsonValueKind.Object
            || !TryString(payload, "query", out var query) || !TryString(payload, "operationName", out var operationName)
            || !TryString(payload, "documentId", out var documentId)
            || !TryObject(payload, "variables", out var variables) || !TryObject(payload, "extensions", out var extensions))
        {
            return Outcome.Malformed;
        }

        if (query is null && documentId is null && !NamesPersistedQuery(extensions))
        {
            return Outcome.MissingQuery;
        }

        request = new GraphQLHttpRequest(query, operationName, variables, extensions, documentId);
        return Outcome.Read;
    }

    /// <summary>Apollo's automatic persisted queries send only <c>extensions.persistedQuery</c> at first: no text, no id.</summary>
    public static bool NamesPersistedQuery(JsonElement? extensions) =>
        extensions is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty("persistedQuery", out _);

    /// <summary>True when the property is absent, null or a string.</summary>
    public static bool TryString(JsonElement root, string name, out string? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (property.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        try
        {
            value = property.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            // A lone surrogate (\ud800) or bytes that are not UTF-8: not text, so a malformed request.
            return false;
        }
    }

    /// <summary>True when the property is absent, null or an object (cloned: it outlives its document).</summary>
    public static bool TryObject(JsonElement root, string name, out JsonElement? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        value = property.ValueKind == JsonValueKind.Object ? property.Clone() : null;
        return property.ValueKind == JsonValueKind.Object;
    }
}
