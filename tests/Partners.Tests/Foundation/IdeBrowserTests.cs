using Partners.Tests.Infrastructure;
using Partners.Tests.Infrastructure.Browser;

namespace Partners.Tests.Foundation;

/// <summary>A person's browser at GET /graphql: GraphiQL loads from the host alone and runs a query with a demo token.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class IdeBrowserTests(Chromium chromium, KestrelApiFactory host) : IClassFixture<KestrelApiFactory>
{
    [Fact]
    public async Task GraphiQL_runs_viewer_with_a_demo_token_and_shows_the_answer()
    {
        using var http = host.CreateKestrelClient();
        var token = await Tokens.GetAsync(http, Tokens.Isp);
        await using var browser = await chromium.NewPageAsync(host.Address);
        var page = browser.Page;

        await page.GotoAsync(new Uri(host.Address, "/graphql").ToString());
        await page.FillAsync("#partners-token", token);
        var editor = page.Locator(".graphiql-query-editor .CodeMirror");
        await editor.WaitForAsync();
        await editor.EvaluateAsync("(e, q) => e.CodeMirror.setValue(q)", "{ viewer { clientId } }");
        await page.ClickAsync(".graphiql-execute-button");

        var response = page.Locator(".graphiql-response .CodeMirror");
        await Microsoft.Playwright.Assertions.Expect(response).ToContainTextAsync("\"clientId\": \"isp-demo\"");
        Assert.Empty(browser.Elsewhere);
        Assert.Empty(browser.ConsoleErrors);
    }
}
