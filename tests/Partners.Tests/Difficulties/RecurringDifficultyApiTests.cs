using Partners.Tests.Infrastructure;

namespace Partners.Tests.Difficulties;

/// <summary>Recurring difficulties through /graphql: reported by a partner, read and handled by the Commission.</summary>
public sealed class RecurringDifficultyApiTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string Fields = "recurringDifficulty { id status title region reporter { name } acknowledgedAt closedAt } errors { code message field }";

    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_reported_difficulty_reaches_the_Commission_which_acknowledges_and_closes_it()
    {
        var isp = await Tokens.GetAsync(client, Tokens.Isp);
        var commission = await Tokens.GetAsync(client, Tokens.Commission);
        var id = await ReportAsync(isp, "Stagiaires sans moyen de transport");

        var feed = await client.PostGraphQLAsync("{ recurringDifficulties(first: 100, where: { status: OPEN }) { nodes { id reporter { name } } } }", token: commission);
        var acknowledged = await MoveAsync("acknowledgeRecurringDifficulty", commission, id);
        var closed = await MoveAsync("closeRecurringDifficulty", commission, id);
        var closedAgain = await MoveAsync("closeRecurringDifficulty", commission, id);

        Assert.Contains(feed.EnsureNoErrors().Data!["recurringDifficulties"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == id);
        Assert.Equal("ACKNOWLEDGED", acknowledged["recurringDifficulty"]!["status"]!.GetValue<string>());
        Assert.Equal("CLOSED", closed["recurringDifficulty"]!["status"]!.GetValue<string>());
        Assert.Equal("INVALID_TRANSITION", closedAgain["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_reporter_sees_its_own_reports_only()
    {
        var isp = await Tokens.GetAsync(client, Tokens.Isp);
        var cpas = await Tokens.GetAsync(client, Tokens.CpasLiege);
        var id = await ReportAsync(isp, "Attestations manquantes");

        var own = await client.PostGraphQLAsync("{ recurringDifficulties(first: 100) { nodes { id } } }", token: isp);
        var other = await client.PostGraphQLAsync("{ recurringDifficulties(first: 100) { nodes { id reporter { name } } } }", token: cpas);
        var node = await client.PostGraphQLAsync("query($id: ID!) { node(id: $id) { id } }", new { id }, cpas);

        Assert.Contains(own.EnsureNoErrors().Data!["recurringDifficulties"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == id);
        Assert.All(other.EnsureNoErrors().Data!["recurringDifficulties"]!["nodes"]!.AsArray(), n => Assert.Equal(Partners.Api.Seed.DemoOrganisations.CpasLiege, n!["reporter"]!["name"]!.GetValue<string>()));
        Assert.Null(node.EnsureNoErrors().Data!["node"]);
    }

    [Fact]
    public async Task The_Commission_does_not_report_and_a_partner_does_not_close()
    {
        var isp = await Tokens.GetAsync(client, Tokens.Isp);
        var commission = await Tokens.GetAsync(client, Tokens.Commission);
        var id = await ReportAsync(isp, "Séances annulées");

        var reported = await ReportPayloadAsync(commission, "Rapport de la Commission", "en");
        var closedByPartner = await client.PostGraphQLAsync(
            $"mutation($input: CloseRecurringDifficultyInput!) {{ closeRecurringDifficulty(input: $input) {{ {Fields} }} }}", new { input = new { recurringDifficultyId = id } }, isp);

        Assert.Equal("FORBIDDEN", reported["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("The Office and the operators report recurring difficulties; the Commission receives them.", reported["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", closedByPartner.ErrorCodes.Single());
    }

    [Fact]
    public async Task A_difficulty_needs_a_title()
    {
        var isp = await Tokens.GetAsync(client, Tokens.Isp);

        var refused = await ReportPayloadAsync(isp, " ");

        Assert.Equal("VALIDATION", refused["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("input.title", refused["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("Le titre de la difficulté est obligatoire.", refused["errors"]![0]!["message"]!.GetValue<string>());
    }

    private async Task<string> ReportAsync(string token, string title)
    {
        var payload = await ReportPayloadAsync(token, title);
        Assert.Empty(payload["errors"]!.AsArray());
        return payload["recurringDifficulty"]!["id"]!.GetValue<string>();
    }

    private async Task<System.Text.Json.Nodes.JsonNode> ReportPayloadAsync(string token, string title, string? language = null) =>
        (await client.PostGraphQLAsync(
            $"mutation($input: ReportRecurringDifficultyInput!) {{ reportRecurringDifficulty(input: $input) {{ {Fields} }} }}",
            new { input = new { title, description = "Constaté à chaque session.", region = "NAMUR" } }, token, language: language))
        .EnsureNoErrors().Data!["reportRecurringDifficulty"]!;

    private async Task<System.Text.Json.Nodes.JsonNode> MoveAsync(string mutation, string token, string id)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        return (await client.PostGraphQLAsync(
            $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {Fields} }} }}", new { input = new { recurringDifficultyId = id } }, token))
            .EnsureNoErrors().Data![mutation]!;
    }
}
