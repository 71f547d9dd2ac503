using System.Net;
using System.Text.Json.Nodes;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Foundation;

public sealed class HealthTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    [Fact]
    public async Task Health_reports_the_database()
    {
        using var response = await factory.CreateClient().GetAsync("/health");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body["checks"]!["database"]!["status"]!.GetValue<string>());
    }
}
