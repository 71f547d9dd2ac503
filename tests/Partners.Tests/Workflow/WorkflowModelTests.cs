using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Partners.Data;
using Partners.Domain.JobSeekers;
using Partners.Domain.Offers;
using Partners.Domain.Organisations;
using Partners.Domain.Reconversion;
using Partners.Domain.Referrals;
using static Partners.Tests.Workflow.WorkflowFixtures;

namespace Partners.Tests.Workflow;

/// <summary>The EF Core mapping of the workflow, built on SQLite in memory: what is written reads back.</summary>
public sealed class WorkflowModelTests : IDisposable
{
    private readonly SqliteConnection connection = new("DataSource=:memory:");

    public WorkflowModelTests() => connection.Open();

    public void Dispose() => connection.Dispose();

    [Fact]
    public async Task A_referral_with_its_history_and_an_offer_with_target_groups_read_back()
    {
        long referralId;
        await using (var db = NewContext())
        {
            await db.Database.EnsureCreatedAsync();
            db.Organisations.AddRange(
                new Organisation { Id = OfficeId, Name = "Forem", Kind = OrganisationKind.Office },
                new Organisation { Id = OperatorId, Name = "ISP Liège", Kind = OrganisationKind.IspOperator });
            db.CooperationContracts.Add(Contract());
            var offer = Offer();
            // Target groups are reference data, in the database from its creation.
            offer.TargetGroups.Add(await db.TargetGroups.SingleAsync(g => g.Code == "YOUTH_UNDER_25"));
            offer.Sessions.Add(new OfferSession { StartsAt = Now, EndsAt = Now.AddHours(3) });
            offer.InformationSessions.Add(new InformationSession { StartsAt = Now.AddDays(-7), Location = "Salle 1" });
            db.Offers.Add(offer);
            var jobSeeker = JobSeeker("YOUTH_UNDER_25");
            jobSeeker.Pathway.ProfessionalObjectives.Add(new ProfessionalObjective { Title = "Aide-soignant" });
            jobSeeker.Health.Record(null, null, Today, Today.AddMonths(6), Today, null, Today);
            db.JobSeekers.Add(jobSeeker);
            var plan = ReconversionPlan.Create(OperatorId, "Usine SA", "0202239951", Today, Today.AddYears(1)).Value!;
            plan.Cover(jobSeeker.Id);
            db.ReconversionPlans.Add(plan);

            var referral = Referral(ReferralStatus.InProgress);
            referral.ReportEvent(Operator, Today, ServiceEventKind.ProgressNote, "Bonne progression", null, Now);
            db.Referrals.Add(referral);
            await db.SaveChangesAsync();
            referralId = referral.Id;
        }

        await using (var db = NewContext())
        {
            var referral = await db.Referrals.Include(r => r.History).SingleAsync(r => r.Id == referralId);
            var offer = await db.Offers.Include(o => o.TargetGroups).SingleAsync();
            var jobSeeker = await db.JobSeekers.SingleAsync();

            Assert.Equal(ReferralStatus.InProgress, referral.Status);
            Assert.Equal([ReferralStatus.Sent, ReferralStatus.Accepted, ReferralStatus.InProgress], referral.History.OrderBy(h => h.Id).Select(h => h.To));
            Assert.Equal(CandidacyDecision.Accepted, referral.CandidacyResult!.Decision);
            Assert.Equal(DateTimeKind.Utc, referral.CreatedAt.Kind);
            Assert.Equal("Bonne progression", referral.Events.Single().Description);
            Assert.Equal("YOUTH_UNDER_25", offer.TargetGroups.Single().Code);
            Assert.Single(offer.Sessions);
            Assert.Equal("Salle 1", offer.InformationSessions.Single().Location);
            Assert.Equal(["YOUTH_UNDER_25"], jobSeeker.Pathway.TargetGroupCodes);
            Assert.Equal("Aide-soignant", jobSeeker.Pathway.ProfessionalObjectives.Single().Title);
            Assert.Equal(Today.AddMonths(6), jobSeeker.Health.NonMobilisableUntil);
            Assert.True((await db.ReconversionPlans.SingleAsync()).Covers(jobSeeker.Id, Today));
        }
    }

    [Fact]
    public async Task Versions_are_concurrency_tokens_and_the_niss_is_unique()
    {
        await using var db = NewContext();
        var model = db.Model;

        Assert.True(model.FindEntityType(typeof(Referral))!.FindProperty(nameof(Domain.Referrals.Referral.Version))!.IsConcurrencyToken);
        Assert.True(model.FindEntityType(typeof(Offer))!.FindProperty(nameof(Domain.Offers.Offer.Version))!.IsConcurrencyToken);
        Assert.Contains(
            model.FindEntityType(typeof(JobSeeker))!.GetIndexes(),
            i => i.IsUnique && i.Properties.Single().Name == nameof(Domain.JobSeekers.JobSeeker.Niss));
    }

    [Fact]
    public void The_same_model_builds_a_SQL_Server_schema()
    {
        var options = new DbContextOptionsBuilder<PartnersDbContext>();
        options.UseSqlServer("Server=none;Database=none;Trusted_Connection=True").UseOpenIddict<long>();
        using var db = new PartnersDbContext(options.Options);

        var script = db.Database.GenerateCreateScript();

        Assert.Contains("CREATE TABLE [ReferralHistory]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [OfferTargetGroups]", script, StringComparison.Ordinal);
    }

    private PartnersDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<PartnersDbContext>();
        options.UseSqlite(connection).UseOpenIddict<long>();
        return new PartnersDbContext(options.Options);
    }
}
