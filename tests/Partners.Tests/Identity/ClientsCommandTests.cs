using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.Seed;
using Partners.Tests.Infrastructure;
using Partners.Tools.Clients;

namespace Partners.Tests.Identity;

/// <summary>
/// <c>tools/Partners.Tools clients …</c> run in-process against the test host's database, and the clients it
/// manages asking the real token endpoint.
/// </summary>
public sealed class ClientsCommandTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_registered_client_gets_a_token_with_its_scopes_and_rotate_then_disable_stop_it()
    {
        var (registered, output) = await RunAsync("register", "--client-id", "tool-made", "--organisation", DemoOrganisations.IspThird, "--scopes", "offers:read referrals:read");
        Assert.Equal(0, registered);
        var secret = SecretIn(output);

        var token = await TokenAsync("tool-made", secret);
        var viewer = (await client.PostGraphQLAsync("{ viewer { scopes organisation { name } } }", token: token)).EnsureNoErrors().Data!["viewer"]!;
        Assert.Equal("offers:read referrals:read", string.Join(' ', viewer["scopes"]!.AsArray().Select(s => s!.GetValue<string>())));
        Assert.Equal(DemoOrganisations.IspThird, viewer["organisation"]!["name"]!.GetValue<string>());

        var (rotated, rotateOutput) = await RunAsync("rotate", "--client-id", "tool-made");
        Assert.Equal(0, rotated);
        var newSecret = SecretIn(rotateOutput);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Tokens.RequestAsync(client, "tool-made", secret)).Status);
        await TokenAsync("tool-made", newSecret);

        Assert.Equal(0, (await RunAsync("disable", "--client-id", "tool-made")).Exit);
        Assert.NotEqual(HttpStatusCode.OK, (await Tokens.RequestAsync(client, "tool-made", newSecret)).Status);
        // The tool is another process: this instance refuses the revoked token within its poll interval (2 s).
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var status = HttpStatusCode.OK;
        while (DateTime.UtcNow < deadline && (status = (await client.PostGraphQLAsync("{ viewer { clientId } }", token: token)).Status) != HttpStatusCode.Unauthorized)
        {
            await Task.Delay(100);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, status);

        var (_, list) = await RunAsync("list");
        Assert.Contains($"tool-made\t{DemoOrganisations.IspThird}\tIspOperator\toffers:read referrals:read\tdisabled", list);
        Assert.Contains($"isp-demo\t{DemoOrganisations.IspWithClause}\tIspOperator\t", list);
    }

    [Fact]
    public async Task A_scope_outside_the_organisation_kind_is_refused_and_nothing_is_registered()
    {
        var (exit, _) = await RunAsync("register", "--client-id", "too-greedy", "--organisation", DemoOrganisations.IspThird, "--scopes", "offers:read consents:write");

        Assert.Equal(1, exit);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Tokens.RequestAsync(client, "too-greedy", "anything")).Status);
        Assert.DoesNotContain("too-greedy", (await RunAsync("list")).Output);
    }

    [Fact]
    public async Task An_organisation_is_found_by_its_id_too_and_the_scopes_default_to_its_kind_ceiling()
    {
        var (exit, output) = await RunAsync("register", "--client-id", "commission-by-id", "--organisation", await CommissionIdAsync());

        Assert.Equal(0, exit);
        Assert.Contains($"for {DemoOrganisations.Commission} (Commission): commission disputes:read offers:read", output);
        await TokenAsync("commission-by-id", SecretIn(output));
    }

    [Fact]
    public async Task An_office_client_registered_as_the_social_service_reads_health_by_rule_and_no_other_kind_can_be()
    {
        var (refused, refusal) = await RunAsync("register", "--client-id", "cpas-social", "--organisation", DemoOrganisations.CpasLiege, "--social-service");
        Assert.Equal(1, refused);
        Assert.Contains("Only an Office client", refusal);

        var (exit, output) = await RunAsync("register", "--client-id", "office-social", "--organisation", DemoOrganisations.Office, "--social-service");
        Assert.Equal(0, exit);
        Assert.Contains("social service", output);
        var (plain, plainOutput) = await RunAsync("register", "--client-id", "office-plain", "--organisation", DemoOrganisations.Office);
        Assert.Equal(0, plain);

        var person = await new Boundaries.BoundaryWorld(factory).PersonAsync();
        const string read = "query ($id: ID!) { jobSeeker(id: $id) { health { icfSummary } } }";
        var variables = new { id = Referrals.WorkflowWorld.Id("JobSeeker", person) };
        (await client.PostGraphQLAsync(read, variables, await TokenAsync("office-social", SecretIn(output)))).EnsureNoErrors();
        var other = await client.PostGraphQLAsync(read, variables, await TokenAsync("office-plain", SecretIn(plainOutput)));
        Assert.Equal(["CONSENT_REQUIRED"], other.ErrorCodes);
        var list = (await RunAsync("list")).Output.Split('\n');
        Assert.EndsWith("\tenabled\tsocial-service", Assert.Single(list, l => l.StartsWith("office-social\t", StringComparison.Ordinal)).TrimEnd());
        Assert.EndsWith("\tenabled\t-", Assert.Single(list, l => l.StartsWith("office-plain\t", StringComparison.Ordinal)).TrimEnd());
    }

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        // The test host starts first: it migrates and seeds the database the command then works on.
        _ = factory.Services;
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await new ClientsCommand(output, error).RunAsync(
            [.. args, "--environment", "Development", $"--ConnectionStrings:Partners={factory.ConnectionString}"]);
        return (exit, output + error.ToString());
    }

    private async Task<string> CommissionIdAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Partners.Data.PartnersDbContext>();
        return db.Organisations.Single(o => o.Name == DemoOrganisations.Commission).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<string> TokenAsync(string clientId, string secret)
    {
        var (status, body) = await Tokens.RequestAsync(client, clientId, secret);
        Assert.True(status == HttpStatusCode.OK, body?.ToJsonString());
        return body!["access_token"]!.GetValue<string>();
    }

    private static string SecretIn(string output) =>
        output.Split('\n').Single(l => l.StartsWith("client_secret: ", StringComparison.Ordinal))["client_secret: ".Length..].Trim();
}
