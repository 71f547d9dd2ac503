using Microsoft.Net.Http.Headers;

namespace Partners.Api.GraphQL.Http;

/// <summary>Content negotiation of the GraphQL-over-HTTP specification.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response type for an <c>Accept</c> header: <c>application/graphql-response+json</c> unless the client
    /// prefers <c>application/json</c>; null when neither is acceptable (406).
    /// </summary>
    public static string? Negotiate(IList<string>? acceptHeaders)
    {
        if (acceptHeaders is null || acceptHeaders.Count == 0 || !MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted))
        {
            return acceptHeaders is { Count: > 0 } && acceptHeaders.Any(h => !string.IsNullOrWhiteSpace(h)) ? null : GraphQLResponse;
        }

        // Exact type, type/*, or */*: suffix matching would make graphql-response+json a kind of application/json.
        double Quality(string candidate) => accepted
            .Where(a => a.MatchesAllTypes
                || (a.MatchesAllSubTypes && a.Type.Equals("application", StringComparison.OrdinalIgnoreCase))
                || a.MediaType.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Quality ?? 1.0)
            .DefaultIfEmpty(0)
            .Max();

        var graphql = Quality(GraphQLResponse);
        var json = Quality(Json);
        if (graphql <= 0 && json <= 0)
        {
            return null;
        }

        return json > graphql ? Json : GraphQLResponse;
    }

    /// <summary>True for <c>application/json</c> with no charset or UTF-8.</summary>
    public static bool IsJsonBody(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            return false;
        }

        var charset = parsed.Charset.Value;
        return parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
            && (charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));
    }
}
