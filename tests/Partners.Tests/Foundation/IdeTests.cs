using System.Net;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Foundation;

/// <summary>What GET /graphql gives a browser and a schema reader, besides GraphQL requests.</summary>
public sealed class IdeTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_browser_gets_the_IDE_page_whose_assets_come_from_the_host()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);

        using var page = await client.SendAsync(request);
        var html = await page.Content.ReadAsStringAsync();
        using var script = await client.GetAsync("/ide/ide.js");
        using var style = await client.GetAsync("/ide/ide.css");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/ide/ide.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", string.Join(";", page.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(HttpStatusCode.OK, style.StatusCode);
    }

    [Fact]
    public async Task A_GraphQL_request_in_the_URL_is_answered_even_from_a_browser()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ __typename }"));
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);

        var response = await client.SendGraphQLAsync(request, accept: GraphQLHttp.NoAccept);

        Assert.Equal("application/json", response.ContentType);
        Assert.Equal("Query", response.EnsureNoErrors().Data!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task SDL_answers_the_schema_as_checked_in()
    {
        using var response = await client.GetAsync("/graphql?sdl");
        var sdl = await response.Content.ReadAsStringAsync();
        var checkedIn = await File.ReadAllTextAsync(Path.Combine(Partners.Api.Tooling.SchemaArtifacts.FindRepositoryRoot(AppContext.BaseDirectory), "schema", "partners.graphql"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        // The test host adds test-only fields; every type of the contract is there as printed.
        Assert.Contains(checkedIn[..checkedIn.IndexOf("type Query", StringComparison.Ordinal)], sdl, StringComparison.Ordinal);
        Assert.Contains("type Offer implements Node", sdl, StringComparison.Ordinal);
    }
}
