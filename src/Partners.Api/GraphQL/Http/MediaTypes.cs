using Microsoft.Net.Http.Headers;

namespace Partners.Api.GraphQL.Http;

/// <summary>Content negotiation of the GraphQL-over-HTTP specification.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response type for an <c>Accept</c> header, as the GraphQL-over-HTTP specification says: a client that names
    /// <c>application/graphql-response+json</c> (at a quality no lower than <c>application/json</c>'s) gets it; no
    /// <c>Accept</c>, <c>*/*</c>, <c>application/*</c> or <c>application/json</c> get <c>application/json</c>; null
    /// when neither is acceptable (406).
    /// </summary>
    public static string? Negotiate(IList<string>? acceptHeaders)
    {
        if (acceptHeaders is null || !acceptHeaders.Any(h => !string.IsNullOrWhiteSpace(h)))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted))
        {
            return null;
        }

        // Only an explicit graphql-response+json selects it: wildcards mean "anything", and the legacy type is the
        // one every client understands. Suffix matching would make graphql-response+json a kind of application/json.
        double Quality(Func<MediaTypeHeaderValue, bool> matches) =>
            accepted.Where(matches).Select(a => a.Quality ?? 1.0).DefaultIfEmpty(0).Max();

        var graphql = Quality(a => a.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase));
        var json = Quality(a => a.MatchesAllTypes
            || (a.MatchesAllSubTypes && a.Type.Equals("application", StringComparison.OrdinalIgnoreCase))
            || a.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase));
        if (graphql <= 0 && json <= 0)
        {
            return null;
        }

        return graphql >= json ? GraphQLResponse : Json;
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
