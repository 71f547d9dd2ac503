using Partners.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace Partners.Tests.Complaints;

/// <summary>The engagements open to complaint, as clients read them: the table of domain.md, in both languages.</summary>
public sealed class EngagementSnapshotTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task The_engagements_open_to_complaint_read_as_the_decree_says(string language)
    {
        var client = factory.CreateClient();
        var response = (await client.PostGraphQLAsync("{ engagements { code article party wording } }", token: await Tokens.GetAsync(client, Tokens.Isp), language: language)).EnsureNoErrors();
        var engagements = response.Data!["engagements"]!.AsArray().Select(e => new
        {
            Code = e!["code"]!.GetValue<string>(),
            Article = e["article"]!.GetValue<string>(),
            Party = e["party"]!.GetValue<string>(),
            Wording = e["wording"]!.GetValue<string>(),
        });
        Snapshot.Match(engagements, SnapshotNameExtension.Create(language));
    }
}
