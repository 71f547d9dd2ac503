using Microsoft.Net.Http.Headers;

namespace Partners.Api.Commission;

/// <summary>
/// <c>/commission/</c>: the Commission's live dashboard. The page is this HTML and the bundle built from npm into
/// <c>wwwroot/commission</c> at build time (<c>src/Partners.Api/Dashboard</c>), so it loads nothing from the internet;
/// it signs the member in with code + PKCE and reads only /graphql (query and WebSocket). The page holds no data.
/// </summary>
public static class DashboardPage
{
    public const string Path = "/commission/";

    public const string AssetPath = "/commission";

    // Only this origin: the page, its bundle, the token endpoint and the API over HTTP and WebSocket. uPlot sizes
    // its canvas through the style property, which a policy without 'unsafe-inline' still allows.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' ws: wss:; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static readonly string Html = $$"""
        <!doctype html>
        <html lang="fr">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Tableau de bord — Commission des opérateurs</title>
          <link rel="icon" href="data:,">
          <link rel="stylesheet" href="{{AssetPath}}/dashboard.css">
          <script src="{{AssetPath}}/dashboard.js" defer></script>
        </head>
        <body>
          <header>
            <p class="brand" data-text="commission">Commission des opérateurs</p>
            <nav aria-label="Compte" data-label="accountNav">
              <p id="feed" class="feed" role="status" data-state="off"><span class="dot" aria-hidden="true"></span><span id="feed-text" data-text="feedOff">Flux en direct : déconnecté</span></p>
              <button type="button" id="language" lang="en">English</button>
              <a id="security" href="/account/two-factor" hidden data-text="security">Deuxième facteur</a>
              <button type="button" id="logout" hidden data-text="logout">Se déconnecter</button>
            </nav>
          </header>
          <main id="main">
            <h1 data-text="title">Tableau de bord de la Commission</h1>
            <section id="signed-out" hidden>
              <p id="signed-out-text" data-text="signedOut">Connectez-vous avec votre compte de membre de la Commission.</p>
              <button type="button" id="login" data-text="login">Se connecter</button>
            </section>
            <p id="error" class="error" role="alert" hidden></p>
            <div id="dashboard" hidden>
              <form id="filters" class="filters">
                <label for="region" data-text="region">Direction régionale</label>
                <select id="region" name="region"></select>
                <p id="updated" class="updated" aria-live="polite"></p>
              </form>
              <section aria-labelledby="disputes-title">
                <h2 id="disputes-title" data-text="disputesTitle">Différends ouverts par état</h2>
                <table id="disputes" class="figures"></table>
              </section>
              <section aria-labelledby="overdue-title">
                <h2 id="overdue-title" data-text="overdueTitle">Réponses de candidature en retard, par opérateur</h2>
                <table id="overdue" class="figures"></table>
              </section>
              <section aria-labelledby="difficulties-title">
                <h2 id="difficulties-title" data-text="difficultiesTitle">Difficultés récurrentes ouvertes</h2>
                <p class="big"><output id="difficulties" data-figure="openRecurringDifficulties">0</output></p>
              </section>
              <section aria-labelledby="complaints-title">
                <h2 id="complaints-title" data-text="complaintsTitle">Plaintes par engagement, partie visée et mois</h2>
                <p><button type="button" id="csv" data-text="csv">Télécharger le tableau (CSV)</button></p>
                <table id="complaints" class="figures"></table>
              </section>
              <section aria-labelledby="trend-title">
                <h2 id="trend-title" data-text="trendTitle">Tendance sur 12 mois</h2>
                <figure>
                  <div id="trend-chart" aria-hidden="true"></div>
                  <figcaption data-text="trendCaption">Différends introduits et plaintes reçues par mois (le tableau ci-dessous donne les mêmes chiffres).</figcaption>
                </figure>
                <table id="trend" class="figures"></table>
              </section>
            </div>
          </main>
        </body>
        </html>
        """;

    public static IEndpointRouteBuilder MapCommissionDashboard(this IEndpointRouteBuilder endpoints)
    {
        // One route for /commission and /commission/ (routing does not tell them apart): the client's redirect address
        // is /commission/, so /commission is sent there with its query (code, state).
        endpoints.MapGet("/commission", (HttpContext http) =>
        {
            if (!http.Request.Path.Value!.EndsWith('/'))
            {
                return Results.Redirect(Path + http.Request.QueryString);
            }

            http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.CacheControl = "no-cache";
            return Results.Text(Html, "text/html; charset=utf-8");
        });
        return endpoints;
    }
}
