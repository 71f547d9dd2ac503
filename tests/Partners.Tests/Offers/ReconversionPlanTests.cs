using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.Identity;
using Partners.Api.Seed;
using Partners.Data;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Offers;

/// <summary>Reconversion plans (décret du 29 janvier 2004, art. 11 and art. 2 §4): the Office creates them; the Office and the unit read them.</summary>
public sealed class ReconversionPlanTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string UnitClient = "verlaine-test";
    private const string Create = "mutation($input: CreateReconversionPlanInput!) { createReconversionPlan(input: $input) { reconversionPlan { employerName employerEnterpriseNumber startsOn endsOn runsToday reconversionUnit { name } } errors { code field message } } }";

    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_Office_creates_a_plan_of_up_to_two_years()
    {
        var payload = await CreateAsync(await UnitIdAsync(), "0480.123.472", "2026-10-01", "2028-10-01");

        var plan = payload.EnsureNoErrorsIn()["reconversionPlan"]!;
        Assert.Equal(("0480123472", "2028-10-01"), (plan["employerEnterpriseNumber"]!.GetValue<string>(), plan["endsOn"]!.GetValue<string>()));
        Assert.Equal(DemoOrganisations.ReconversionUnit, plan["reconversionUnit"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("0480123473", "2026-10-01", "2027-10-01", "INVALID_ENTERPRISE_NUMBER", "input.employerEnterpriseNumber")]
    [InlineData("0480123472", "2026-10-01", "2028-10-02", "VALIDATION", "input.endsOn")]
    [InlineData("0480123472", "2026-10-01", "2026-09-30", "VALIDATION", "input.endsOn")]
    public async Task A_bad_plan_is_refused_and_not_written(string enterpriseNumber, string startsOn, string endsOn, string code, string field)
    {
        var payload = await CreateAsync(await UnitIdAsync(), enterpriseNumber, startsOn, endsOn, employer: "Refusée SA");

        Assert.Equal((code, field), (payload["errors"]![0]!["code"]!.GetValue<string>(), payload["errors"]![0]!["field"]!.GetValue<string>()));
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PartnersDbContext>().ReconversionPlans.AnyAsync(p => p.EmployerName == "Refusée SA"));
    }

    [Theory]
    [InlineData(null, "il doit finir au plus tard le 2028-10-01.")]
    [InlineData("en", "it must end on 2028-10-01 at the latest.")]
    public async Task A_plan_longer_than_two_years_says_its_latest_end(string? language, string ending)
    {
        var payload = await CreateAsync(await UnitIdAsync(), "0480123472", "2026-10-01", "2029-01-01", language: language);

        Assert.EndsWith(ending, payload["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_plan_belongs_to_a_reconversion_unit_only()
    {
        var token = await Tokens.GetAsync(client, Tokens.Forem);
        var viewer = (await client.PostGraphQLAsync("{ viewer { organisation { id } } }", token: token)).EnsureNoErrors();

        var payload = await CreateAsync(viewer.Data!["viewer"]!["organisation"]!["id"]!.GetValue<string>(), "0480123472", "2026-10-01", "2027-10-01");

        Assert.Equal(("VALIDATION", "input.reconversionUnitId"), (payload["errors"]![0]!["code"]!.GetValue<string>(), payload["errors"]![0]!["field"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_operator_cannot_create_or_read_plans()
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        var input = new { reconversionUnitId = await UnitIdAsync(), employerName = "X", employerEnterpriseNumber = "0480123472", startsOn = "2026-10-01", endsOn = "2027-10-01" };

        var create = await client.PostGraphQLAsync(Create, new { input }, token);
        var read = await client.PostGraphQLAsync("{ reconversionPlans { totalCount } }", token: token);

        Assert.Equal("FORBIDDEN", create.ErrorCodes.Single());
        Assert.Equal("FORBIDDEN", read.ErrorCodes.Single());
    }

    [Fact]
    public async Task The_unit_reads_its_own_plan_and_the_Office_reads_every_plan()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var unit = await services.GetRequiredService<PartnersDbContext>().Organisations.SingleAsync(o => o.Name == DemoOrganisations.ReconversionUnit);
            await services.GetRequiredService<ClientRegistry>().RegisterAsync(UnitClient, UnitClient + "-secret", "Verlaine (test)", unit, scopes: null, CancellationToken.None);
        }

        const string Query = "{ reconversionPlans { totalCount nodes { employerName runsToday } } }";
        var unitPlans = (await client.PostGraphQLAsync(Query, token: await Tokens.GetAsync(client, UnitClient))).EnsureNoErrors().Data!["reconversionPlans"]!;
        var officePlans = (await client.PostGraphQLAsync(Query, token: await Tokens.GetAsync(client, Tokens.Forem))).EnsureNoErrors().Data!["reconversionPlans"]!;

        Assert.Contains(unitPlans["nodes"]!.AsArray(), p => p!["employerName"]!.GetValue<string>() == ReconversionPlanSeed.Employer && p["runsToday"]!.GetValue<bool>());
        Assert.True(officePlans["totalCount"]!.GetValue<int>() >= unitPlans["totalCount"]!.GetValue<int>());
    }

    private async Task<string> UnitIdAsync()
    {
        var token = await Tokens.GetAsync(client, Tokens.Forem);
        var response = await client.PostGraphQLAsync("{ organisations(where: { kind: RECONVERSION_UNIT }) { nodes { id } } }", token: token);
        return response.EnsureNoErrors().Data!["organisations"]!["nodes"]![0]!["id"]!.GetValue<string>();
    }

    private async Task<System.Text.Json.Nodes.JsonNode> CreateAsync(
        string unitId, string enterpriseNumber, string startsOn, string endsOn, string employer = "Verlaine Industries SA", string? language = null)
    {
        var token = await Tokens.GetAsync(client, Tokens.Forem);
        var input = new { reconversionUnitId = unitId, employerName = employer, employerEnterpriseNumber = enterpriseNumber, startsOn, endsOn };
        return await OfferApi.MutateAsync(client, token, Create, "createReconversionPlan", input, language);
    }
}
