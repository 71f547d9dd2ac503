using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.Members;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Members;

/// <summary>
/// A Commission member signs in as a person: code + PKCE for the public client commission-dashboard, the login
/// page, lockout, the authenticator second factor, rotating refresh tokens, logout revoking them.
/// </summary>
public sealed partial class MemberSignInTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string ViewerQuery = "{ viewer { clientId scopes organisation { kind } } }";

    [Fact]
    public async Task The_demo_member_signs_in_with_code_and_PKCE_and_gets_only_the_Commissions_scopes()
    {
        var browser = new MemberBrowser(factory);

        var tokens = await browser.SignInForTokensAsync();

        var viewer = (await browser.Http.PostGraphQLAsync(ViewerQuery, token: tokens["access_token"]!.GetValue<string>())).EnsureNoErrors().Data!["viewer"]!;
        Assert.Equal("commission-dashboard", viewer["clientId"]!.GetValue<string>());
        Assert.Equal("COMMISSION", viewer["organisation"]!["kind"]!.GetValue<string>());
        Assert.Equal("commission disputes:read offers:read", string.Join(' ', viewer["scopes"]!.AsArray().Select(s => s!.GetValue<string>())));
        Assert.NotNull(tokens["refresh_token"]);
        var dashboard = await browser.Http.PostGraphQLAsync("{ commissionDashboard { openRecurringDifficulties } }", token: tokens["access_token"]!.GetValue<string>());
        dashboard.EnsureNoErrors();
    }

    [Fact]
    public async Task A_member_asking_for_a_job_seeker_scope_gets_no_code()
    {
        var browser = new MemberBrowser(factory);

        var response = await browser.Http.GetAsync(browser.AuthorizeUrl("commission jobseeker:identity"));

        // The client is not permitted the scope: OpenIddict refuses before any login page.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var error = await response.Content.ReadAsStringAsync();
        Assert.Contains("error:invalid_request", error, StringComparison.Ordinal);
        Assert.Contains("scope", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_PKCE_challenge_the_authorization_is_refused()
    {
        var browser = new MemberBrowser(factory);

        var response = await browser.Http.GetAsync(browser.AuthorizeUrl(pkce: false));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var error = await response.Content.ReadAsStringAsync();
        Assert.Contains("error:invalid_request", error, StringComparison.Ordinal);
        Assert.Contains("code_challenge", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_redeemed_with_the_wrong_verifier_is_refused()
    {
        var browser = new MemberBrowser(factory);
        var code = await browser.FollowToCodeAsync(await browser.SignInAsync());

        var (status, body) = await browser.RedeemAsync(code, verifier: MemberBrowser.Base64Url(new byte[32]));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_refresh_token_rotates_and_the_spent_one_is_refused()
    {
        var browser = new MemberBrowser(factory);
        var first = (await browser.SignInForTokensAsync())["refresh_token"]!.GetValue<string>();

        var (status, renewed) = await browser.RefreshAsync(first);
        Assert.Equal(HttpStatusCode.OK, status);
        var second = renewed["refresh_token"]!.GetValue<string>();
        Assert.NotEqual(first, second);

        var (reusedStatus, reused) = await browser.RefreshAsync(first);
        Assert.Equal(HttpStatusCode.BadRequest, reusedStatus);
        Assert.Equal("invalid_grant", reused["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Logging_out_revokes_the_refresh_token_and_the_access_token()
    {
        var browser = new MemberBrowser(factory);
        var tokens = await browser.SignInForTokensAsync();
        var refresh = tokens["refresh_token"]!.GetValue<string>();
        var access = tokens["access_token"]!.GetValue<string>();

        using (var revoke = new FormUrlEncodedContent(new Dictionary<string, string> { ["client_id"] = MemberBrowser.ClientId, ["token"] = refresh, ["token_type_hint"] = "refresh_token" }))
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.Http.PostAsync("/connect/revoke", revoke)).StatusCode);
        }

        var logout = await browser.Http.GetAsync($"/connect/logout?client_id={MemberBrowser.ClientId}&post_logout_redirect_uri={Uri.EscapeDataString(MemberBrowser.RedirectUri)}");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(MemberBrowser.RedirectUri, logout.Headers.Location!.ToString());
        var (status, body) = await browser.RefreshAsync(refresh);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body["error"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Http.PostGraphQLAsync(ViewerQuery, token: access)).Status);
        // The sign-in cookie is gone too: the next authorization asks for the password again.
        var again = await browser.Http.GetAsync(browser.AuthorizeUrl());
        Assert.StartsWith("http://localhost/account/login", again.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabling_a_member_ends_their_open_feed_before_the_token_expires()
    {
        var email = await NewMemberAsync("feed");
        var tokens = await new MemberBrowser(factory).SignInForTokensAsync(email, Password);
        await using var socket = await Subscriptions.GraphQLWebSocketClient.ConnectAndInitAsync(factory, "Bearer " + tokens["access_token"]!.GetValue<string>());
        await socket.SubscribeAsync("feed", "subscription { commissionFeed { id kind } }");

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<MemberRegistry>().DisableAsync(email, CancellationToken.None));
        }

        // The token had 30 minutes to run: the socket ends at the next revocation check (every 2 s), with 4401.
        Assert.Equal(4401, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var email = await NewMemberAsync("lockout");
        var browser = new MemberBrowser(factory);
        var login = (await browser.Http.GetAsync(browser.AuthorizeUrl())).Headers.Location!.ToString();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await browser.PostLoginAsync(login, email, "not-the-password");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("Adresse e-mail ou mot de passe incorrect.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var fifth = await browser.PostLoginAsync(login, email, "not-the-password");
        Assert.Contains("Ce compte est verrouillé", await fifth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var right = await browser.PostLoginAsync(login, email, Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Ce compte est verrouillé", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_login_page_is_French_by_default_and_English_on_request()
    {
        var browser = new MemberBrowser(factory);

        var french = await (await browser.Http.GetAsync("/account/login")).Content.ReadAsStringAsync();
        var english = await (await browser.Http.GetAsync("/account/login?lang=en")).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"fr\">", french, StringComparison.Ordinal);
        Assert.Contains("<label for=\"password\">Mot de passe</label>", french, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("<label for=\"password\">Password</label>", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_login_form_without_its_antiforgery_token_is_refused()
    {
        var browser = new MemberBrowser(factory);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = MemberBrowser.DemoEmail, ["password"] = MemberBrowser.DemoPassword });

        var response = await browser.Http.PostAsync("/account/login", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_member_who_turns_the_second_factor_on_must_give_the_authenticator_code()
    {
        var email = await NewMemberAsync("totp");
        var browser = new MemberBrowser(factory);
        await browser.SignInForTokensAsync(email, Password);

        var setup = await (await browser.Http.GetAsync(AccountEndpoints.TwoFactorPath)).Content.ReadAsStringAsync();
        var key = KeyOnPage().Match(setup).Groups[1].Value;
        Assert.NotEmpty(key);
        var wrong = await browser.PostFormAsync(AccountEndpoints.TwoFactorPath, setup, new() { ["code"] = "000000" == Totp.Code(key, DateTimeOffset.UtcNow) ? "111111" : "000000" });
        Assert.Contains("Code incorrect.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var enabled = await browser.PostFormAsync(AccountEndpoints.TwoFactorPath, setup, new() { ["code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Contains("Le deuxième facteur est activé", await enabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A new browser: the password alone now leads to the code page, and only the right code to a code for the app.
        var next = new MemberBrowser(factory);
        var afterPassword = await next.SignInAsync(email, Password);
        Assert.StartsWith(AccountEndpoints.CodePath, afterPassword.Headers.Location!.ToString(), StringComparison.Ordinal);
        var codePage = await (await next.Http.GetAsync(afterPassword.Headers.Location)).Content.ReadAsStringAsync();
        var refused = await next.PostFormAsync(AccountEndpoints.CodePath, codePage, new() { ["code"] = "12345" });
        Assert.Contains("Code incorrect.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var accepted = await next.PostFormAsync(AccountEndpoints.CodePath, codePage, new() { ["code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        var code = await next.FollowToCodeAsync(accepted);
        Assert.Equal(HttpStatusCode.OK, (await next.RedeemAsync(code)).Status);
    }

    [Fact]
    public async Task The_dashboard_page_is_served_at_commission_with_a_same_origin_policy()
    {
        var browser = new MemberBrowser(factory);

        var redirect = await browser.Http.GetAsync("/commission");
        var page = await browser.Http.GetAsync("/commission/");

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/commission/", redirect.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.StartsWith("default-src 'none'; script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' ws: wss:", policy, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/commission/dashboard.js\" defer></script>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/commission/dashboard.js")).StatusCode);
    }

    private const string Password = "a-long-enough-password";

    private async Task<string> NewMemberAsync(string name)
    {
        var email = $"{name}-{Guid.NewGuid():N}@commission.test";
        await using var scope = factory.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<MemberRegistry>().CreateAsync(email, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        return email;
    }

    [GeneratedRegex("<code>([A-Z2-7]{16,})</code>")]
    private static partial Regex KeyOnPage();
}
