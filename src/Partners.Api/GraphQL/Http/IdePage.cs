using Microsoft.Net.Http.Headers;

namespace Partners.Api.GraphQL.Http;

/// <summary>
/// What a person's browser gets at <c>GET /graphql</c>: GraphiQL, bundled at build time from npm into
/// <c>wwwroot/ide</c> (<c>src/Partners.Api/Ide</c>), so the page loads nothing from the internet; and the schema as
/// SDL at <c>GET /graphql?sdl</c> where introspection is on.
/// </summary>
public static class IdePage
{
    public const string AssetPath = "/ide";

    // Only this origin: the page, its bundle, and the API over HTTP and WebSocket. GraphiQL styles inline.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; "
        + "connect-src 'self' ws: wss:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private static readonly string Html = $$"""
        <!DOCTYPE html>
        <html lang="fr" data-endpoint="{{GraphQLEndpointRouteBuilderExtensions.Path}}">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Partners — GraphiQL</title>
          <link rel="stylesheet" href="{{AssetPath}}/ide.css">
        </head>
        <body>
          <div id="ide"><noscript>GraphiQL a besoin de JavaScript. GraphiQL needs JavaScript.</noscript></div>
          <script src="{{AssetPath}}/ide.js"></script>
        </body>
        </html>
        """;

    /// <summary>A browser asking for a page (<c>text/html</c>) with no GraphQL request in the URL.</summary>
    public static bool IsWanted(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query") && !request.Query.ContainsKey("documentId")
        && MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);

    public static Task WriteAsync(HttpContext http)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return http.Response.WriteAsync(Html, http.RequestAborted);
    }

    /// <summary><c>GET /graphql?sdl</c>: the schema as <c>schema/partners.graphql</c> prints it.</summary>
    public static bool IsSdlRequest(HttpRequest request) => HttpMethods.IsGet(request.Method) && request.Query.ContainsKey("sdl");

    public static Task WriteSdlAsync(HttpContext http, string sdl)
    {
        http.Response.ContentType = "text/plain; charset=utf-8";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return http.Response.WriteAsync(sdl, http.RequestAborted);
    }
}
