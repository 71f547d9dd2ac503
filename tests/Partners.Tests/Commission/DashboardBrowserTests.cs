using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenIddict.Abstractions;
using Partners.Api.Members;
using Partners.Api.Seed;
using Partners.Data;
using Partners.Tests.Disputes;
using Partners.Tests.Infrastructure;
using Partners.Tests.Infrastructure.Browser;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Partners.Tests.CommissionDashboard;

/// <summary>
/// The Commission's dashboard at <c>/commission/</c> in Debian's headless Chromium, against the real host on
/// Kestrel: a member signs in through the login page (code + PKCE) and sees what <c>commissionDashboard</c> counts;
/// a dispute an operator files appears without a reload; English on request; axe-core finds no serious or
/// critical violation; the complaints table downloads as CSV; logging out revokes the tokens; five wrong
/// passwords lock the account. Every page loads nothing from elsewhere and logs no error.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed partial class DashboardBrowserTests(Chromium chromium, DashboardBrowserHost host, ITestOutputHelper output) : IClassFixture<DashboardBrowserHost>
{
    private const string DashboardQuery = """
        query($region: Region) { commissionDashboard(region: $region) {
          disputesByStatus { status count oldestFiledAt } overdueCandidacyAnswers { operator { id } count }
          complaints { engagement { code } respondent { id } month count } openRecurringDifficulties } }
        """;

    private static readonly string[] OpenStatuses = ["FILED", "IN_MEDIATION", "IN_ARBITRATION"];

    [Fact]
    public async Task A_member_signs_in_through_the_login_page_and_sees_what_commissionDashboard_counts()
    {
        await using var browser = await chromium.NewPageAsync(host.Address);
        var page = browser.Page;

        await SignInAsync(page);

        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
        await AssertShowsCountedAsync(page, null);
        var loads = await LoadsAsync(page);
        await page.GetByLabel("Direction régionale").SelectOptionAsync("LIEGE");
        await WaitForLoadAsync(page, loads);
        await AssertShowsCountedAsync(page, "LIEGE");
        // The trend: one row per month of the last 12, the current month last.
        await Expect(page.Locator("#trend tbody tr[data-key]")).ToHaveCountAsync(12);
        Assert.Equal("trend:" + DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture), await page.Locator("#trend tbody tr[data-key]").Last.GetAttributeAsync("data-key"));
        Assert.Empty(browser.Elsewhere);
        Assert.Empty(browser.ConsoleErrors);
    }

    [Fact]
    public async Task A_dispute_filed_by_an_operator_appears_on_the_open_page_without_a_reload()
    {
        await using var browser = await chromium.NewPageAsync(host.Address);
        var page = browser.Page;
        await SignInAsync(page);
        await Expect(page.Locator("#feed[data-state=on]")).ToBeVisibleAsync();
        // A reload would lose this mark.
        await page.EvaluateAsync("() => { window.notReloaded = true; }");
        var filedBefore = await FiledShownAsync(page);

        using var http = host.CreateKestrelClient();
        var watch = Stopwatch.StartNew();
        await new DisputeApi(host, http).FiledAsync(await Tokens.GetAsync(http, Tokens.Isp), DemoOrganisations.Office);

        // Not a timing test (the machine may be loaded): the count must change, live, within a generous bound.
        await page.WaitForFunctionAsync(
            "expected => Number(document.querySelector('#disputes tr[data-key=\"dispute:FILED\"]')?.cells[1].textContent) === expected",
            filedBefore + 1, new() { Timeout = 60_000 });
        output.WriteLine($"The filed dispute was on the page {watch.ElapsedMilliseconds} ms after the mutation was sent.");
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "The page was reloaded.");
        await AssertShowsCountedAsync(page, null);
        Assert.Empty(browser.Elsewhere);
        Assert.Empty(browser.ConsoleErrors);

        if (Environment.GetEnvironmentVariable("PARTNERS_DASHBOARD_SCREENSHOT") is { Length: > 0 } screenshot)
        {
            await page.SetViewportSizeAsync(1280, 900);
            await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        }
    }

    [Fact]
    public async Task The_feed_reconnects_by_itself_after_the_connection_drops_and_goes_on_updating_the_page()
    {
        await using var browser = await chromium.NewPageAsync(host.Address);
        var page = browser.Page;
        // The page's WebSocket passes through the test, which can drop it as a network or a restart would.
        var sockets = new List<IWebSocketRoute>();
        await page.RouteWebSocketAsync(new Regex("/graphql$"), socket =>
        {
            socket.ConnectToServer();
            lock (sockets)
            {
                sockets.Add(socket);
            }
        });
        await SignInAsync(page);
        await Expect(page.Locator("#feed[data-state=on]")).ToBeVisibleAsync();
        await page.EvaluateAsync("() => { window.notReloaded = true; }");

        IWebSocketRoute first;
        lock (sockets)
        {
            first = sockets.Single();
        }

        await first.CloseAsync(new() { Code = 1012, Reason = "Service restart" });
        await Expect(page.Locator("#feed[data-state=off]")).ToBeVisibleAsync();
        await Expect(page.Locator("#feed-text")).ToHaveTextAsync("Flux en direct : déconnecté, reconnexion…");
        await Expect(page.Locator("#feed[data-state=on]")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        lock (sockets)
        {
            Assert.Equal(2, sockets.Count);
        }

        var filedBefore = await FiledShownAsync(page);
        using var http = host.CreateKestrelClient();
        await new DisputeApi(host, http).FiledAsync(await Tokens.GetAsync(http, Tokens.Isp), DemoOrganisations.Office);
        await page.WaitForFunctionAsync(
            "expected => Number(document.querySelector('#disputes tr[data-key=\"dispute:FILED\"]')?.cells[1].textContent) === expected",
            filedBefore + 1, new() { Timeout = 60_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "The page was reloaded.");
    }

    [Fact]
    public async Task The_page_switches_to_English_and_axe_core_finds_no_serious_violation_in_either_language()
    {
        await using var browser = await chromium.NewPageAsync(host.Address);
        var page = browser.Page;
        await SignInAsync(page);
        await Expect(page.Locator("#trend tbody tr[data-key]")).ToHaveCountAsync(12);

        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Open disputes by state" })).ToBeVisibleAsync();
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Filed", await page.Locator("#disputes tr[data-key=\"dispute:FILED\"] th").TextContentAsync());
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        // Keyboard: the language switch is reached and pressed without a mouse.
        await page.Locator("#language").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Différends ouverts par état" })).ToBeVisibleAsync();
        Assert.Empty(browser.ConsoleErrors);
    }

    [Fact]
    public async Task A_member_uses_the_whole_page_with_the_keyboard_alone()
    {
        await using var browser = await chromium.NewPageAsync(host.Address);
        var page = browser.Page;
        await page.GotoAsync(new Uri(host.Address, "/commission").ToString());
        await page.WaitForURLAsync(new Regex("/account/login"));

        // The login form: the e-mail field has the focus, Tab leads to the password, Enter signs in.
        Assert.Equal("email", await FocusedAsync(page));
        await page.Keyboard.TypeAsync(DemoMemberSeed.Email);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("password", await FocusedAsync(page));
        await page.Keyboard.TypeAsync(DemoMemberSeed.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("/commission/$"));
        await WaitForLoadAsync(page, 0);

        // Tab reaches every control in reading order, each with a visible focus ring.
        var reached = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await FocusedAsync(page));
            Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        }

        Assert.Equal(["language", "security", "logout", "region", "csv"], reached);

        // The directorate is chosen with the arrow keys, and the figures follow.
        var loads = await LoadsAsync(page);
        await page.Locator("#region").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await WaitForLoadAsync(page, loads);
        Assert.NotEqual("", await page.Locator("#region").InputValueAsync());

        // The CSV downloads with Enter.
        await page.Locator("#csv").FocusAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);

        // And Enter on the logout button signs out.
        await page.Locator("#logout").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#signed-out")).ToBeVisibleAsync();
        Assert.True(browser.ConsoleErrors.Count == 0, string.Join("\n", browser.ConsoleErrors));
    }

    private static Task<string> FocusedAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''");

    [Fact]
    public async Task The_complaints_table_downloads_as_CSV()
    {
        await using var browser = await chromium.NewPageAsync(host.Address);
        var page = browser.Page;
        await SignInAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("CSV") }).ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());

        Assert.Equal("plaintes-region.csv", download.SuggestedFilename);
        var lines = csv.TrimStart('\ufeff').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Mois,Engagement,Partie visée,Nombre", lines[0]);
        var complaints = (await CountedAsync(null)).Count(f => f.StartsWith("complaint:", StringComparison.Ordinal));
        Assert.Equal(Math.Max(complaints, 1), lines.Length - 1);
    }

    [Fact]
    public async Task Logging_out_revokes_the_refresh_token_and_the_access_token()
    {
        await using var browser = await chromium.NewPageAsync(host.Address);
        var page = browser.Page;
        var tokens = await SignInAsync(page);
        var refreshToken = await page.EvaluateAsync<string>("() => sessionStorage.getItem('refreshToken')");
        Assert.False(string.IsNullOrEmpty(refreshToken));
        using var http = host.CreateKestrelClient();
        var accessToken = tokens["access_token"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await http.PostGraphQLAsync("{ viewer { clientId } }", token: accessToken)).Status);

        // The page revokes its tokens, then ends the sign-in at /connect/logout, which sends it back to the page.
        var logout = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync(),
            response => response.Url.Contains("/connect/logout", StringComparison.Ordinal));
        Assert.Equal(302, logout.Status);
        await page.WaitForURLAsync(new Uri(host.Address, "/commission/").ToString());
        await Expect(page.GetByText("Vous êtes déconnecté.")).ToBeVisibleAsync();

        using var refresh = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken, ["client_id"] = DashboardClient.ClientId,
        });
        using var refused = await http.PostAsync("/connect/token", refresh);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("invalid_grant", JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["error"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostGraphQLAsync("{ viewer { clientId } }", token: accessToken)).Status);
        Assert.True(browser.ConsoleErrors.Count == 0, string.Join("\n", browser.ConsoleErrors));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_right_one_is_then_refused_too()
    {
        var email = $"lockout-{Guid.NewGuid():N}@commission.test";
        const string password = "a-long-enough-password";
        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<MemberRegistry>().CreateAsync(email, password)).Succeeded);
        }

        await using var browser = await chromium.NewPageAsync(host.Address);
        var page = browser.Page;
        await page.GotoAsync(new Uri(host.Address, "/commission/").ToString());
        await page.WaitForURLAsync(new Regex("/account/login"));
        Assert.Empty(await Axe.SeriousViolationsAsync(page));

        async Task<string?> AttemptAsync(string attempt)
        {
            await page.GetByLabel("Adresse e-mail").FillAsync(email);
            await page.GetByLabel("Mot de passe").FillAsync(attempt);
            await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
            await page.WaitForLoadStateAsync();
            return await page.GetByRole(AriaRole.Alert).TextContentAsync();
        }

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            Assert.Equal("Adresse e-mail ou mot de passe incorrect.", await AttemptAsync("not-the-password"));
        }

        Assert.Contains("verrouillé", await AttemptAsync("not-the-password"), StringComparison.Ordinal);
        Assert.Contains("verrouillé", await AttemptAsync(password), StringComparison.Ordinal);
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        Assert.Empty(browser.Elsewhere);
    }

    /// <summary>From <c>/commission/</c> through the login page and back with a code; the token response the page got.</summary>
    private async Task<JsonNode> SignInAsync(IPage page)
    {
        await page.GotoAsync(new Uri(host.Address, "/commission").ToString());
        await page.WaitForURLAsync(new Regex("/account/login"));
        await page.GetByLabel("Adresse e-mail").FillAsync(DemoMemberSeed.Email);
        await page.GetByLabel("Mot de passe").FillAsync(DemoMemberSeed.Password);
        var token = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync(),
            response => response.Url.EndsWith("/connect/token", StringComparison.Ordinal));
        Assert.Equal(200, token.Status);
        Assert.Equal(new Uri(host.Address, "/commission/").ToString(), page.Url);
        await WaitForLoadAsync(page, 0);
        return JsonNode.Parse(await token.TextAsync())!;
    }

    private static Task<int> LoadsAsync(IPage page) => page.EvaluateAsync<int>("() => Number(document.body.dataset.loaded ?? 0)");

    private static Task WaitForLoadAsync(IPage page, int after) =>
        page.WaitForFunctionAsync("n => Number(document.body.dataset.loaded ?? 0) > n", after);

    private static Task<int> FiledShownAsync(IPage page) =>
        page.EvaluateAsync<int>("() => Number(document.querySelector('#disputes tr[data-key=\"dispute:FILED\"]').cells[1].textContent)");

    /// <summary>What the page shows, as "row=figure" lines: open disputes per state and the age of the oldest, overdue answers per operator, complaints, difficulties.</summary>
    private static async Task<List<string>> ShownAsync(IPage page) =>
        [.. (await page.EvaluateAsync<string[]>("""
            () => {
              const rows = (id, cell) => [...document.querySelectorAll(`#${id} tbody tr[data-key]`)].map((r) => `${r.dataset.key}=${r.cells[cell].textContent}`);
              const ages = [...document.querySelectorAll('#disputes tbody tr[data-key]')].map((r) => `age:${r.dataset.key}=${r.cells[2].textContent}`);
              return [...rows('disputes', 1), ...ages, ...rows('overdue', 1), ...rows('complaints', 3),
                `difficulties=${document.getElementById('difficulties').textContent}`];
            }
            """)).Order(StringComparer.Ordinal)];

    /// <summary>The age of a state's oldest dispute as the page words it: whole days since it was filed.</summary>
    private static string Age(JsonNode? status)
    {
        if (status is null)
        {
            return "—";
        }

        var days = (int)Math.Floor((DateTimeOffset.UtcNow - DateTimeOffset.Parse(status["oldestFiledAt"]!.GetValue<string>(), CultureInfo.InvariantCulture)).TotalDays);
        return days > 1 ? $"{days} jours" : $"{days} jour";
    }

    /// <summary>
    /// The page shows what <c>commissionDashboard</c> counts. The page is live (a feed event reloads its figures), so
    /// the two are compared until they agree, for a bounded time: a page that never shows the API's figures fails with
    /// the last difference, while a figure that changes between the two reads does not fail the test.
    /// </summary>
    private async Task AssertShowsCountedAsync(IPage page, string? region)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var counted = await CountedAsync(region);
            var shown = await ShownAsync(page);
            if (counted.SequenceEqual(shown) || DateTime.UtcNow > deadline)
            {
                Assert.Equal(counted, shown);
                return;
            }

            output.WriteLine($"The page and the API differed (compared again): page [{string.Join(", ", shown)}], API [{string.Join(", ", counted)}]");
            await Task.Delay(500);
        }
    }

    /// <summary>The same lines from <c>commissionDashboard</c> itself, asked with the Commission's machine token.</summary>
    private async Task<List<string>> CountedAsync(string? region)
    {
        using var http = host.CreateKestrelClient();
        var token = await Tokens.GetAsync(http, Tokens.Commission);
        var dashboard = (await http.PostGraphQLAsync(DashboardQuery, new { region }, token)).EnsureNoErrors().Data!["commissionDashboard"]!;
        var disputes = dashboard["disputesByStatus"]!.AsArray();
        int Count(JsonNode? node) => node!["count"]!.GetValue<int>();
        List<string> lines =
        [
            .. OpenStatuses.Select(s => $"dispute:{s}={disputes.Where(d => d!["status"]!.GetValue<string>() == s).Sum(Count)}"),
            .. OpenStatuses.Select(s => $"age:dispute:{s}={Age(disputes.FirstOrDefault(d => d!["status"]!.GetValue<string>() == s))}"),
            .. dashboard["overdueCandidacyAnswers"]!.AsArray().Select(o => $"overdue:{o!["operator"]!["id"]}={Count(o)}"),
            .. dashboard["complaints"]!.AsArray().Select(c => $"complaint:{c!["month"]}:{c["engagement"]!["code"]}:{c["respondent"]!["id"]}={Count(c)}"),
            $"difficulties={dashboard["openRecurringDifficulties"]!.GetValue<int>()}",
        ];
        return [.. lines.Order(StringComparer.Ordinal)];
    }
}

/// <summary>
/// The real host on Kestrel, with the dashboard's public client redirected to this host's own address, as
/// <c>members dashboard --origin</c> registers it in production.
/// </summary>
public sealed class DashboardBrowserHost : KestrelApiFactory, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        var origin = Address.GetLeftPart(UriPartial.Authority); // Starts the host.
        await using var scope = Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await DashboardClient.EnsureAsync(applications, scope.ServiceProvider.GetRequiredService<PartnersDbContext>(), [origin], CancellationToken.None);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
