using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Members;

/// <summary>
/// What the dashboard's page does, over plain HTTP with a cookie jar: /connect/authorize with a PKCE challenge,
/// the login page's form (and the code page's), back to /connect/authorize, the code exchanged at /connect/token.
/// Redirects are followed by hand so each step can be checked.
/// </summary>
public sealed partial class MemberBrowser(PartnersApiFactory factory)
{
    public const string ClientId = "commission-dashboard";
    public const string RedirectUri = "http://localhost/commission/";
    public const string DemoEmail = "commission.member@demo";
    public const string DemoPassword = "commission-demo-password";

    public HttpClient Http { get; } = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public string Verifier { get; } = Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public string AuthorizeUrl(string scope = "commission disputes:read offers:read offline_access", bool pkce = true) =>
        QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = ClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = RedirectUri,
            ["scope"] = scope,
            ["state"] = "state-1",
            ["code_challenge"] = pkce ? Base64Url(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(Verifier))) : null,
            ["code_challenge_method"] = pkce ? "S256" : null,
        }.Where(p => p.Value is not null));

    /// <summary>Starts at /connect/authorize and answers the login page; returns the last response (not followed).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email = DemoEmail, string password = DemoPassword, string? scope = null)
    {
        var response = await Http.GetAsync(scope is null ? AuthorizeUrl() : AuthorizeUrl(scope));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var login = response.Headers.Location!.ToString();
        Assert.StartsWith("http://localhost/account/login", login, StringComparison.Ordinal);
        return await PostLoginAsync(login, email, password);
    }

    public async Task<HttpResponseMessage> PostLoginAsync(string loginPage, string email, string password)
    {
        var page = await (await Http.GetAsync(loginPage)).Content.ReadAsStringAsync();
        return await PostFormAsync("/account/login", page, new() { ["email"] = email, ["password"] = password });
    }

    /// <summary>Posts a page's form with its hidden fields (antiforgery, return address) and the given values.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string action, string page, Dictionary<string, string> values)
    {
        var form = HiddenField().Matches(page).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        foreach (var (name, value) in values)
        {
            form[name] = value;
        }

        using var content = new FormUrlEncodedContent(form);
        return await Http.PostAsync(action, content);
    }

    /// <summary>Follows local redirects until the dashboard's address with a code; returns that code.</summary>
    public async Task<string> FollowToCodeAsync(HttpResponseMessage response)
    {
        for (var hops = 0; hops < 5; hops++)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var location = response.Headers.Location!;
            var absolute = location.IsAbsoluteUri ? location : new Uri(new Uri("http://localhost"), location);
            if (absolute.AbsolutePath == "/commission/")
            {
                var query = QueryHelpers.ParseQuery(absolute.Query);
                Assert.True(query.ContainsKey("code"), "No code: " + absolute);
                Assert.Equal("state-1", query["state"].ToString());
                return query["code"].ToString();
            }

            response = await Http.GetAsync(absolute);
        }

        throw new InvalidOperationException("Too many redirects.");
    }

    public async Task<(HttpStatusCode Status, JsonNode Body)> TokenAsync(Dictionary<string, string> form)
    {
        form["client_id"] = ClientId;
        using var content = new FormUrlEncodedContent(form);
        using var response = await Http.PostAsync("/connect/token", content);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    public Task<(HttpStatusCode Status, JsonNode Body)> RedeemAsync(string code, string? verifier = null) => TokenAsync(new()
    {
        ["grant_type"] = "authorization_code",
        ["code"] = code,
        ["redirect_uri"] = RedirectUri,
        ["code_verifier"] = verifier ?? Verifier,
    });

    public Task<(HttpStatusCode Status, JsonNode Body)> RefreshAsync(string refreshToken) =>
        TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken });

    /// <summary>The whole sign-in of the demo member (or another): the token response.</summary>
    public async Task<JsonNode> SignInForTokensAsync(string email = DemoEmail, string password = DemoPassword)
    {
        var code = await FollowToCodeAsync(await SignInAsync(email, password));
        var (status, body) = await RedeemAsync(code);
        Assert.True(status == HttpStatusCode.OK, body.ToJsonString());
        return body;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenField();
}
