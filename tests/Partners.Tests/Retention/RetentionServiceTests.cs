using Microsoft.EntityFrameworkCore;
using Partners.Api.Retention;
using Partners.Api.Seed;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Retention;

/// <summary>The host of the background retention test: it looks for a due run every 200 ms instead of every hour.</summary>
public sealed class FrequentRetentionApiFactory : PartnersApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Retention:CheckInterval", "00:00:00.2")];
}

/// <summary>
/// The API runs the retention by itself (domain.md, "The person's rights"): a person due is anonymised without anyone
/// running the command, the run is recorded as the service's, and it runs once a day, not at every check.
/// </summary>
public sealed class RetentionServiceTests(FrequentRetentionApiFactory factory) : IClassFixture<FrequentRetentionApiFactory>
{
    private readonly WorkflowWorld world = new(factory);

    [Fact]
    public async Task The_api_anonymises_a_person_due_by_itself_once_a_day()
    {
        var due = await world.JobSeekerAsync(DemoOrganisations.CpasLiege);
        await world.WithDbAsync(async db =>
        {
            var person = await db.JobSeekers.SingleAsync(j => j.Id == due);
            db.Entry(person).Property(j => j.AccompanimentClosedOn).CurrentValue = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-3);
            // A run the service made before this person was due (at start-up) would make the next one wait a day.
            db.RetentionRuns.RemoveRange(db.RetentionRuns);
            return await db.SaveChangesAsync();
        });

        // Bounded wait for the background work, not a timing assertion.
        for (var i = 0; i < 300 && await world.WithDbAsync(db => db.JobSeekers.Where(j => j.Id == due).Select(j => j.AnonymisedAt).SingleAsync()) is null; i++)
        {
            await Task.Delay(100);
        }

        Assert.NotNull(await world.WithDbAsync(db => db.JobSeekers.Where(j => j.Id == due).Select(j => j.AnonymisedAt).SingleAsync()));
        await Task.Delay(1000); // five more checks
        var runs = await world.WithDbAsync(db => db.RetentionRuns.AsNoTracking().ToListAsync());
        var run = Assert.Single(runs);
        Assert.Equal(RetentionRunner.ServiceTrigger, run.Trigger);
        Assert.NotNull(run.FinishedAt);
    }
}
