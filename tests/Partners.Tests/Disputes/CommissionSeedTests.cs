using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.Seed;
using Partners.Data;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Disputes;

/// <summary>The demo seed holds disputes in several states, one inadmissible, and running it again adds nothing.</summary>
public sealed class CommissionSeedTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_demo_disputes_stand_in_several_states_one_inadmissible_under_the_NONE_clause()
    {
        var commission = await Tokens.GetAsync(client, Tokens.Commission);

        var disputes = (await client.PostGraphQLAsync("{ disputes(first: 100) { nodes { status clauseAtFiling filer { name } } } }", token: commission))
            .EnsureNoErrors().Data!["disputes"]!["nodes"]!.AsArray();

        Assert.Equal(
            ["FILED", "INADMISSIBLE", "IN_ARBITRATION", "IN_MEDIATION", "SETTLED"],
            disputes.Select(d => d!["status"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal));
        var inadmissible = Assert.Single(disputes, d => d!["status"]!.GetValue<string>() == "INADMISSIBLE")!;
        Assert.Equal(DemoOrganisations.IspNoClause, inadmissible["filer"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Running_the_seed_again_adds_nothing_and_complaints_come_once_job_seekers_exist()
    {
        await new NetworkData(factory).JobSeekerAsync();
        await RunSeedAsync();
        var first = await CountsAsync();
        await RunSeedAsync();

        Assert.Equal(first, await CountsAsync());
        Assert.Equal(6, first.Complaints);
        var states = await new NetworkData(factory).WithDbAsync(db => db.Complaints.Select(c => c.Status).Distinct().CountAsync());
        Assert.Equal(6, states);
    }

    private async Task RunSeedAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        foreach (var seed in scope.ServiceProvider.GetServices<IDemoSeed>().OrderBy(s => s.Order))
        {
            await seed.SeedAsync(db, scope.ServiceProvider, CancellationToken.None);
        }
    }

    private Task<(int Disputes, int Difficulties, int Complaints)> CountsAsync() => new NetworkData(factory).WithDbAsync(async db =>
        (await db.Disputes.CountAsync(), await db.RecurringDifficulties.CountAsync(), await db.Complaints.CountAsync()));
}
