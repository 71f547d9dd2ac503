namespace Partners.Api.Commission;

/// <summary>
/// <c>/commission</c>: the Commission's live dashboard, a static page (bundled at build time from <c>web/</c>)
/// that signs the member in with code + PKCE and reads only /graphql. The page itself holds no data.
/// </summary>
public static class DashboardPage
{
    /// <summary>Only the page's own origin: scripts, styles, the token endpoint and the WebSocket.</summary>
    private const string ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'";

    public static WebApplication MapCommissionDashboard(this WebApplication app)
    {
        // Routing matches /commission and /commission/ alike; the page's relative addresses need the slash.
        app.MapGet("/commission", (HttpContext http, IWebHostEnvironment environment) =>
        {
            if (!http.Request.Path.Value!.EndsWith('/'))
            {
                return Results.Redirect("/commission/" + http.Request.QueryString);
            }

            var page = environment.WebRootFileProvider.GetFileInfo("commission/index.html");
            http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            http.Response.Headers.CacheControl = "no-cache";
            return page.Exists && page.PhysicalPath is { } path
                ? Results.File(path, "text/html; charset=utf-8")
                : Results.Problem("The dashboard was not built (npm run build).", statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context => context.Context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy,
        });
        return app;
    }

}
