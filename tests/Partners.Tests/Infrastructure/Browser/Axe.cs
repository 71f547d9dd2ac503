using Partners.Api.Tooling;

namespace Partners.Tests.Infrastructure.Browser;

/// <summary>
/// axe-core (npm, installed by the repository's <c>npm ci</c> that the API's build runs) injected into a page: the
/// accessibility rules a page must pass. Injected through the browser's debugging protocol, so the page's own
/// Content-Security-Policy stays as served.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() =>
    {
        var path = Path.Combine(SchemaArtifacts.FindRepositoryRoot(AppContext.BaseDirectory), "node_modules", "axe-core", "axe.min.js");
        Assert.True(File.Exists(path), $"{path} is missing: build the API (it runs npm ci), or run npm ci at the repository's root.");
        return File.ReadAllText(path);
    });

    /// <summary>The serious and critical violations on the page as it is now: "rule: element, element…".</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(Microsoft.Playwright.IPage page)
    {
        await page.EvaluateAsync(Source.Value);
        return await page.EvaluateAsync<string[]>("""
            async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
              .filter((v) => v.impact === 'serious' || v.impact === 'critical')
              .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
            """);
    }
}
