using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Partners.Api.Commission;
using Partners.Data.Members;

namespace Partners.Api.Members;

/// <summary>
/// The Commission members' login page (password, then the authenticator code when the member turned it on) and
/// the page where a signed-in member turns the second factor on or off. Wrong passwords and wrong codes count
/// towards the lockout.
/// </summary>
public static class AccountEndpoints
{
    public const string LoginPath = "/account/login";
    public const string CodePath = "/account/login/code";
    public const string TwoFactorPath = "/account/two-factor";

    public static IEndpointRouteBuilder MapMemberAccount(this IEndpointRouteBuilder endpoints)
    {
        // The dashboard's language travels in the authorization request (ui_locales) through the return address.
        endpoints.MapGet(LoginPath, (HttpContext http, string? returnUrl, string? lang) =>
            LoginPage(AccountPage.For(http, lang ?? UiLocaleOf(returnUrl)), returnUrl, null, null));
        endpoints.MapPost(LoginPath, LoginAsync);
        endpoints.MapGet(CodePath, (HttpContext http, string? returnUrl, string? lang) =>
            CodePage(AccountPage.For(http, lang), returnUrl, null));
        endpoints.MapPost(CodePath, CodeAsync);
        endpoints.MapGet(TwoFactorPath, TwoFactorPageAsync);
        endpoints.MapPost(TwoFactorPath, TwoFactorAsync);
        return endpoints;
    }

    private static async Task<IResult> LoginAsync(HttpContext http, SignInManager<CommissionMember> signIn)
    {
        if (await ReadFormAsync(http) is not { } form)
        {
            return AccountPage.For(http, null).Error("bad_form").Render("sign_in", StatusCodes.Status400BadRequest);
        }

        var page = AccountPage.For(http, form["lang"]);
        string returnUrl = form["returnUrl"].ToString(), email = form["email"].ToString();
        var result = await signIn.PasswordSignInAsync(email, form["password"].ToString(), isPersistent: false, lockoutOnFailure: true);
        return result switch
        {
            { Succeeded: true } => Results.LocalRedirect(SafeReturnUrl(returnUrl)),
            { RequiresTwoFactor: true } => Results.LocalRedirect(CodePath + QueryString.Create([KeyValuePair.Create("returnUrl", (string?)SafeReturnUrl(returnUrl)), KeyValuePair.Create("lang", (string?)page.LangCode)])),
            { IsLockedOut: true } => LoginPage(page, returnUrl, email, "locked_out"),
            _ => LoginPage(page, returnUrl, email, "wrong_password"),
        };
    }

    private static async Task<IResult> CodeAsync(HttpContext http, SignInManager<CommissionMember> signIn)
    {
        if (await ReadFormAsync(http) is not { } form)
        {
            return AccountPage.For(http, null).Error("bad_form").Render("code_title", StatusCodes.Status400BadRequest);
        }

        var page = AccountPage.For(http, form["lang"]);
        var returnUrl = form["returnUrl"].ToString();
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return LoginPage(page, returnUrl, null, "session_expired");
        }

        var code = form["code"].ToString().Replace(" ", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        return result switch
        {
            { Succeeded: true } => Results.LocalRedirect(SafeReturnUrl(returnUrl)),
            { IsLockedOut: true } => LoginPage(page, returnUrl, null, "locked_out"),
            _ => CodePage(page, returnUrl, "wrong_code"),
        };
    }

    private static async Task<IResult> TwoFactorPageAsync(HttpContext http, UserManager<CommissionMember> users, string? lang)
    {
        var member = await SignedInMemberAsync(http, users);
        return member is null ? Challenge(http) : await TwoFactorPage(AccountPage.For(http, lang), users, member, null);
    }

    private static async Task<IResult> TwoFactorAsync(HttpContext http, UserManager<CommissionMember> users, SignInManager<CommissionMember> signIn)
    {
        var member = await SignedInMemberAsync(http, users);
        if (member is null)
        {
            return Challenge(http);
        }

        if (await ReadFormAsync(http) is not { } form)
        {
            return AccountPage.For(http, null).Error("bad_form").Render("code_title", StatusCodes.Status400BadRequest);
        }

        var page = AccountPage.For(http, form["lang"]);
        var code = form["code"].ToString().Replace(" ", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(member, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            await users.AccessFailedAsync(member);
            return await TwoFactorPage(page, users, member, "wrong_code");
        }

        var turnOn = form["action"] != "disable";
        await users.SetTwoFactorEnabledAsync(member, turnOn);
        if (!turnOn)
        {
            // A new key next time: the old one, perhaps copied elsewhere, opens nothing any more.
            await users.ResetAuthenticatorKeyAsync(member);
        }

        await signIn.RefreshSignInAsync(member);
        return await TwoFactorPage(page, users, member, null);
    }

    private static IResult LoginPage(AccountPage page, string? returnUrl, string? email, string? error) =>
        page.Paragraph(page.Text("sign_in_intro")).Error(error)
            .Form(LoginPath, [("returnUrl", SafeReturnUrl(returnUrl))],
            [
                new Input("email", "email", "email", "username", email, "autofocus"),
                new Input("password", "password", "password", "current-password"),
            ], "submit_sign_in", invalid: error is not null)
            .Render("sign_in");

    private static IResult CodePage(AccountPage page, string? returnUrl, string? error) =>
        page.Paragraph(page.Text("code_intro")).Error(error)
            .Form(CodePath, [("returnUrl", SafeReturnUrl(returnUrl))],
                [new Input("code", "code", "text", "one-time-code", null, "inputmode=\"numeric\" pattern=\"[0-9 ]{6,7}\" autofocus")],
                "submit_code", invalid: error is not null)
            .Render("code_title");

    private static async Task<IResult> TwoFactorPage(AccountPage page, UserManager<CommissionMember> users, CommissionMember member, string? error)
    {
        page.Error(error);
        var codeInput = new Input("code", "code", "text", "one-time-code", null, "inputmode=\"numeric\" pattern=\"[0-9 ]{6,7}\"");
        if (member.TwoFactorEnabled)
        {
            page.Paragraph(page.Text("two_factor_on"), "status").Form(TwoFactorPath, [("action", "disable")], [codeInput], "submit_disable", error is not null);
        }
        else
        {
            var key = await users.GetAuthenticatorKeyAsync(member);
            if (string.IsNullOrEmpty(key))
            {
                await users.ResetAuthenticatorKeyAsync(member);
                key = await users.GetAuthenticatorKeyAsync(member);
            }

            var account = Uri.EscapeDataString(member.Email ?? member.UserName ?? "");
            page.Paragraph(page.Text("two_factor_setup"))
                .Code("two_factor_key", key!)
                .Code("two_factor_uri", $"otpauth://totp/Partners:{account}?secret={key}&issuer=Partners&digits=6")
                .Form(TwoFactorPath, [("action", "enable")], [codeInput], "submit_enable", error is not null);
        }

        return page.Link(DashboardPage.Path + "?lang=" + page.LangCode, page.Text("back")).Render("code_title");
    }

    private static async Task<CommissionMember?> SignedInMemberAsync(HttpContext http, UserManager<CommissionMember> users)
    {
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        return session.Succeeded ? await users.GetUserAsync(session.Principal!) : null;
    }

    private static IResult Challenge(HttpContext http) =>
        Results.Challenge(new AuthenticationProperties { RedirectUri = http.Request.Path + http.Request.QueryString }, [IdentityConstants.ApplicationScheme]);

    /// <summary>The posted form, or null when its antiforgery token is missing or wrong.</summary>
    private static async Task<IFormCollection?> ReadFormAsync(HttpContext http)
    {
        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            return await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (AntiforgeryValidationException)
        {
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static string? UiLocaleOf(string? returnUrl)
    {
        var query = returnUrl?.IndexOf('?', StringComparison.Ordinal) is >= 0 and var at ? returnUrl[at..] : null;
        var locales = query is null ? null : Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query).GetValueOrDefault("ui_locales").ToString();
        return locales?.Split(' ').FirstOrDefault(l => l is "fr" or "en");
    }

    /// <summary>Only an address of this site, so the login page cannot send a member elsewhere.</summary>
    private static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 1 } url && url[0] == '/' && url[1] is not '/' and not '\\' ? url : DashboardPage.Path;
}
