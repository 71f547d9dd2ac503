using System.Net;
using Partners.Tests.Infrastructure;
using Partners.Tools.Members;

namespace Partners.Tests.Members;

/// <summary><c>members create|list|disable|dashboard</c> against the test database, in-process.</summary>
public sealed class MembersCommandTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await new MembersCommand(output, error).RunAsync(
            [.. args, "--environment", "Development", "--ConnectionStrings:Partners=" + factory.ConnectionString]);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task A_created_member_signs_in_and_once_disabled_loses_their_tokens_and_the_login()
    {
        _ = factory.Services; // the host migrates and seeds the database first
        var created = await RunAsync("create", "--email", "new.member@commission.test");
        Assert.Equal(0, created.Exit);
        var password = created.Output.Split('\n').Single(l => l.StartsWith("password: ", StringComparison.Ordinal))["password: ".Length..].Trim();
        var browser = new MemberBrowser(factory);
        var refresh = (await browser.SignInForTokensAsync("new.member@commission.test", password))["refresh_token"]!.GetValue<string>();
        Assert.Contains("new.member@commission.test\tactive\tpassword only", (await RunAsync("list")).Output, StringComparison.Ordinal);

        Assert.Equal(0, (await RunAsync("disable", "--email", "new.member@commission.test")).Exit);

        Assert.Contains("new.member@commission.test\tdisabled", (await RunAsync("list")).Output, StringComparison.Ordinal);
        var (status, _) = await browser.RefreshAsync(refresh);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var login = await new MemberBrowser(factory).SignInAsync("new.member@commission.test", password);
        Assert.Contains("Ce compte est verrouillé", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weak_password_or_an_unknown_member_is_refused()
    {
        _ = factory.Services;
        var weak = await RunAsync("create", "--email", "weak@commission.test", "--password", "short");
        Assert.Equal(1, weak.Exit);
        Assert.NotEmpty(weak.Error);
        Assert.Equal(1, (await RunAsync("disable", "--email", "nobody@commission.test")).Exit);
    }

    [Fact]
    public async Task The_dashboard_client_takes_only_origins()
    {
        _ = factory.Services;
        Assert.Equal(1, (await RunAsync("dashboard", "--origin", "https://partners.example/commission/")).Exit);
        var registered = await RunAsync("dashboard", "--origin", "http://localhost https://partners.example");
        Assert.Equal(0, registered.Exit);
        Assert.Contains("https://partners.example/commission/", registered.Output, StringComparison.Ordinal);
    }
}
