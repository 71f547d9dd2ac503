using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.Seed;
using Partners.Domain.Accompaniment;
using Partners.Domain.Boundaries;
using Partners.Domain.Common;
using Partners.Domain.Complaints;
using Partners.Domain.JobSeekers;
using Partners.Domain.Organisations;
using Partners.Domain.Referrals;
using Partners.Domain.Retention;
using Partners.Tests.Boundaries;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;
using Partners.Tests.Workflow;
using Partners.Tools.Retention;

namespace Partners.Tests.Retention;

/// <summary>The host of the retention tests: its own background run is off, the tests run the command.</summary>
public sealed class RetentionApiFactory : PartnersApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Retention:Enabled", "false")];
}

/// <summary>
/// Retention (domain.md, "The person's rights"), run by <c>retention run [--dry-run]</c> with a fake clock: two years
/// and a day after the accompaniment closed the person is anonymised, a day short she is not, nor with an open
/// complaint; the Commission's figures stand; a second run and a dry run change nothing; a run stopped halfway resumes.
/// </summary>
public sealed class RetentionTests(RetentionApiFactory factory) : IClassFixture<RetentionApiFactory>
{
    private const string Dashboard = """
        { commissionDashboard {
            referralsByStatusAndOperator { operator { id } status count }
            overdueCandidacyAnswers { operator { id } count }
            complaints { engagement { code } respondent { id } month count }
            disputesByStatus { status count }
            openRecurringDifficulties } }
        """;

    private static readonly DateTime Now = DateTime.UtcNow;
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    private readonly BoundaryWorld world = new(factory);

    [Fact]
    public async Task Two_years_and_a_day_after_closing_the_person_is_anonymised_and_the_figures_stand()
    {
        var offer = await world.Workflow.OfferAsync();
        // The referral comes first: a closed accompaniment takes no new referral.
        var due = await world.Workflow.JobSeekerAsync(DemoOrganisations.CpasLiege);
        var referral = await world.Workflow.ReferralAsync(offer, ReferralStatus.Completed, due);
        var plan = await ActionPlanAsync(due);
        var registration = await CancelledRegistrationAsync(offer, due);
        await CloseAsync(due, Today.AddYears(-2).AddDays(-1));
        var dayShort = await ClosedPersonAsync(Today.AddYears(-2).AddDays(1));
        var complained = await ClosedPersonAsync(Today.AddYears(-2).AddDays(-1));
        var operatorId = await world.Workflow.OrganisationIdAsync(DemoOrganisations.IspWithClause);
        await ComplaintAsync(complained, operatorId, close: false);
        var closedComplaint = await ComplaintAsync(due, operatorId, close: true);
        var consent = await ExpiredConsentAsync(due);
        var (old, recent) = (await LogEntryAsync(due, Now.AddYears(-10).AddDays(-1)), await LogEntryAsync(due, Now.AddYears(-10).AddDays(1)));
        var commission = await world.TokenAsync(Tokens.Commission);
        var figures = (await world.Client.PostGraphQLAsync(Dashboard, token: commission)).EnsureNoErrors().Data!.ToJsonString();
        var before = await SnapshotAsync();
        var runsBefore = await world.Workflow.WithDbAsync(db => db.RetentionRuns.CountAsync());

        var (dryExit, dryOutput) = await RunAsync(dryRun: true);
        Assert.Equal(0, dryExit);
        Assert.Contains($"[dry run] would anonymise 1 people whose accompaniment closed before {Today.AddYears(-2):yyyy-MM-dd} (job seeker ids {due})", dryOutput);
        Assert.Contains("[dry run] kept 1 people due but with an open complaint", dryOutput);
        Assert.Contains("[dry run] would purge 1 access-log entries", dryOutput);
        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal(runsBefore, await world.Workflow.WithDbAsync(db => db.RetentionRuns.CountAsync()));

        var (exit, output) = await RunAsync();
        Assert.Equal(0, exit);
        Assert.Contains($"anonymised 1 people whose accompaniment closed before {Today.AddYears(-2):yyyy-MM-dd} (job seeker ids {due})", output);
        Assert.Contains("purged 1 access-log entries", output);

        var (person, texts, complaint, log, consents) = await world.Workflow.WithDbAsync(async db => (
            await db.JobSeekers.AsNoTracking().SingleAsync(j => j.Id == due),
            await db.Referrals.AsNoTracking().Where(r => r.Id == referral).Select(r => new { r.ProfessionalObjective, r.Status, r.CandidacyResult!.Motivation, r.Evaluation!.Summary }).SingleAsync(),
            await db.Complaints.AsNoTracking().SingleAsync(c => c.Id == closedComplaint),
            await db.AccessLog.Where(e => e.JobSeekerId == due).Select(e => e.Id).ToListAsync(),
            await db.Consents.Where(c => c.JobSeekerId == due).Select(c => c.Id).ToListAsync()));
        Assert.NotNull(person.AnonymisedAt);
        Assert.Equal(("", "", DateOnly.MinValue, null, null, null), (person.Identity.FirstName, person.Identity.LastName, person.Identity.BirthDate, person.Identity.Municipality, person.Identity.PostalCode, person.Social.CpasOrganisationId));
        Assert.False(Partners.Domain.Common.Checksums.IsValidNiss(person.Niss));
        Assert.Equal((false, false, null), (person.Social.FollowedByCpas, person.Social.ReceivesIntegrationIncome, person.Health.IcfSummary));
        Assert.All(person.Pathway.ProfessionalObjectives, o => Assert.Equal("", o.Title));
        var anonymisedPlan = await world.Workflow.WithDbAsync(db => db.ActionPlans.AsNoTracking().SingleAsync(p => p.Id == plan));
        Assert.Equal((0, 0, 0, 1, Today.AddYears(-3)),
            (anonymisedPlan.Objectives.Count, anonymisedPlan.Actions.Count, anonymisedPlan.Commitments.Count, anonymisedPlan.Version, anonymisedPlan.DrawnUpOn));
        var cancelled = await world.Workflow.WithDbAsync(db => db.SessionRegistrations.AsNoTracking().SingleAsync(r => r.Id == registration));
        Assert.Equal(((string?)null, false), (cancelled.CancellationReason, cancelled.IsActive));
        Assert.Equal(Region.Liege, person.Region);
        Assert.Equal(("", ReferralStatus.Completed, "", ""), (texts.ProfessionalObjective, texts.Status, texts.Motivation, texts.Summary));
        Assert.Equal(("", ComplaintStatus.Closed, ""), (complaint.Description, complaint.Status, complaint.Answer!.Text));
        Assert.Equal([recent], log);
        Assert.DoesNotContain(old, log);
        Assert.Equal([consent], consents);
        Assert.Null(await AnonymisedAtAsync(dayShort));
        Assert.Null(await AnonymisedAtAsync(complained));
        var run = await world.Workflow.WithDbAsync(db => db.RetentionRuns.OrderByDescending(r => r.Id).FirstAsync());
        Assert.Equal((1, 1, 1, "command"), (run.PeopleAnonymised, run.PeopleHeld, run.AccessLogEntriesPurged, run.Trigger));
        Assert.NotNull(run.FinishedAt);
        Assert.Equal(figures, (await world.Client.PostGraphQLAsync(Dashboard, token: commission)).EnsureNoErrors().Data!.ToJsonString());

        var afterFirst = await SnapshotAsync();
        var (_, again) = await RunAsync();
        Assert.Contains("anonymised 0 people", again);
        Assert.Contains("purged 0 access-log entries", again);
        Assert.Equal(afterFirst, await SnapshotAsync());
    }

    [Fact]
    public async Task A_person_an_open_dispute_is_about_is_kept_until_the_dispute_ends()
    {
        var person = await world.Workflow.JobSeekerAsync(DemoOrganisations.CpasLiege);
        var referral = await world.Workflow.ReferralAsync(await world.Workflow.OfferAsync(), ReferralStatus.Completed, person);
        await CloseAsync(person, Today.AddYears(-3));
        var isp = await world.TokenAsync(Tokens.Isp);
        var filed = (await world.Client.PostGraphQLAsync(
            "mutation($input: FileDisputeInput!) { fileDispute(input: $input) { dispute { id } errors { code } } }",
            new { input = new { respondentOrganisationId = WorkflowWorld.Id("Organisation", await world.Workflow.OrganisationIdAsync(DemoOrganisations.Office)), subject = "Évaluation contestée", description = "L'évaluation finale est contestée.", referralIds = new[] { WorkflowWorld.Id("Referral", referral) } } },
            isp)).EnsureNoErrors().Data!["fileDispute"]!;
        Assert.Empty(filed["errors"]!.AsArray());

        var (_, held) = await RunAsync();
        Assert.Matches("kept [1-9][0-9]* people due but with an open complaint or dispute", held);
        Assert.Null(await AnonymisedAtAsync(person));

        (await world.Client.PostGraphQLAsync(
            "mutation($input: WithdrawDisputeInput!) { withdrawDispute(input: $input) { errors { code } } }",
            new { input = new { disputeId = filed["dispute"]!["id"]!.GetValue<string>() } }, isp)).EnsureNoErrors();
        await RunAsync();
        Assert.NotNull(await AnonymisedAtAsync(person));
    }

    [Fact]
    public async Task A_run_stopped_halfway_leaves_whole_people_and_the_next_run_finishes()
    {
        var people = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            people.Add(await ClosedPersonAsync(Today.AddYears(-3)));
        }

        using var stop = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunAsync(batchSize: 1, ct: stop.Token, afterBatch: () =>
        {
            stop.Cancel();
            return Task.CompletedTask;
        }));
        var done = await world.Workflow.WithDbAsync(db => db.JobSeekers.AsNoTracking().Where(j => people.Contains(j.Id)).ToListAsync());
        var anonymised = Assert.Single(done, p => p.AnonymisedAt is not null);
        Assert.Equal("", anonymised.Identity.LastName);
        Assert.All(done.Where(p => p.AnonymisedAt is null), p => Assert.Equal(("Test", true), (p.Identity.LastName, Checksums.IsValidNiss(p.Niss))));
        var stopped = await world.Workflow.WithDbAsync(db => db.RetentionRuns.OrderByDescending(r => r.Id).FirstAsync());
        Assert.Equal((1, (DateTime?)null), (stopped.PeopleAnonymised, stopped.FinishedAt));

        var (exit, output) = await RunAsync(batchSize: 1);
        Assert.Equal(0, exit);
        Assert.Contains("anonymised 2 people", output);
        Assert.Null(await world.Workflow.WithDbAsync(db => db.JobSeekers.Where(j => people.Contains(j.Id) && j.AnonymisedAt == null).Select(j => (long?)j.Id).FirstOrDefaultAsync()));
    }

    [Fact]
    public async Task A_second_instance_backs_off_while_a_run_holds_the_claim()
    {
        var holder = await world.Workflow.WithDbAsync(async db =>
        {
            var run = new RetentionRun { StartedAt = Now, LeaseUntil = Now.AddMinutes(10), Trigger = "service" };
            db.RetentionRuns.Add(run);
            await db.SaveChangesAsync();
            return run.Id;
        });
        var (exit, output) = await RunAsync();
        Assert.Equal(1, exit);
        Assert.Contains("Another retention run is in progress", output);

        // A claim whose lease lapsed (its instance died) holds nothing.
        await world.Workflow.WithDbAsync(db => db.RetentionRuns.Where(r => r.Id == holder).ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseUntil, Now.AddMinutes(-1))));
        Assert.Equal(0, (await RunAsync()).Exit);
    }

    private async Task<(int Exit, string Output)> RunAsync(bool dryRun = false, int batchSize = 100, Func<Task>? afterBatch = null, CancellationToken ct = default)
    {
        using var output = new StringWriter();
        string[] args = ["run", .. dryRun ? new[] { "--dry-run" } : [], "--environment", "Development", "--ConnectionStrings:Partners=" + factory.ConnectionString, $"--Retention:BatchSize={batchSize}"];
        var exit = await new RetentionCommand(output, output).RunAsync(args, builder => builder.Services.AddSingleton<IClock>(new FixedClock(Now)), afterBatch, ct);
        return (exit, output.ToString());
    }

    private async Task<long> ClosedPersonAsync(DateOnly closedOn)
    {
        var id = await world.Workflow.JobSeekerAsync(DemoOrganisations.CpasLiege);
        await CloseAsync(id, closedOn);
        return id;
    }

    /// <summary>A registration for a session of <paramref name="offerId"/>, cancelled with a reason about the person (art. 10 3°).</summary>
    private async Task<long> CancelledRegistrationAsync(long offerId, long jobSeekerId)
    {
        var id = await world.Workflow.SessionRegistrationAsync(offerId, await world.Workflow.InformationSessionAsync(offerId), jobSeekerId);
        return await world.Workflow.WithDbAsync(async db =>
        {
            var registration = await db.SessionRegistrations.SingleAsync(r => r.Id == id);
            registration.Cancel(new NetworkActor(registration.OperatorOrganisationId, OrganisationKind.IspOperator, "arrange"), "Hospitalisée ce jour-là", Now);
            await db.SaveChangesAsync();
            return id;
        });
    }

    /// <summary>A plan drawn up three years ago, with its texts about the person.</summary>
    private Task<long> ActionPlanAsync(long jobSeekerId) => world.Workflow.WithDbAsync(async db =>
    {
        var person = await db.JobSeekers.SingleAsync(j => j.Id == jobSeekerId);
        var office = await db.Organisations.Where(o => o.Kind == OrganisationKind.Office).Select(o => o.Id).SingleAsync();
        var plan = ActionPlan.Record(person, 0, Today.AddYears(-3), null, ["Aide-soignant"],
            [new PlanAction { Description = "Stage en maison de repos", Deadline = Today.AddYears(-3).AddMonths(2), Party = PlanParty.JobSeeker }],
            [new PlanCommitment { Party = PlanParty.JobSeeker, Text = "Suivre la formation" }, new PlanCommitment { Party = PlanParty.Office, Text = "Financer le stage" }],
            new NetworkActor(office, OrganisationKind.Office, Tokens.Forem), Now).Value!;
        db.ActionPlans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    });

    private Task CloseAsync(long id, DateOnly closedOn) => world.Workflow.WithDbAsync(async db =>
    {
        var person = await db.JobSeekers.SingleAsync(j => j.Id == id);
        db.Entry(person).Property(j => j.AccompanimentClosedOn).CurrentValue = closedOn;
        return await db.SaveChangesAsync();
    });

    private Task<long> ComplaintAsync(long jobSeekerId, long operatorId, bool close) => world.Workflow.WithDbAsync(async db =>
    {
        var office = await db.Organisations.Where(o => o.Kind == OrganisationKind.Office).Select(o => o.Id).SingleAsync();
        var respondent = new NetworkActor(operatorId, OrganisationKind.IspOperator, Tokens.Isp);
        var complaint = ComplaintFiling.File(
            new FileComplaint(jobSeekerId, operatorId, OrganisationKind.IspOperator, Engagements.Operator14_4, "Pas d'entretien d'accueil pour Camille."),
            Engagements.All, new NetworkActor(office, OrganisationKind.Office, Tokens.Forem), ComplaintPeriods.Default, Now).Value!;
        if (close)
        {
            Assert.True(complaint.Acknowledge(respondent, Now).IsSuccess);
            Assert.True(complaint.StartReview(respondent, Now).IsSuccess);
            Assert.True(complaint.AnswerWith(respondent, ComplaintFinding.PartlyFounded, "Entretien reprogrammé avec Camille.", Now).IsSuccess);
            Assert.True(complaint.Close(respondent, Now).IsSuccess);
        }

        db.Complaints.Add(complaint);
        await db.SaveChangesAsync();
        return complaint.Id;
    });

    private Task<long> ExpiredConsentAsync(long jobSeekerId) => world.Workflow.WithDbAsync(async db =>
    {
        var office = await db.Organisations.Where(o => o.Kind == OrganisationKind.Office).Select(o => o.Id).SingleAsync();
        var recipient = await world.Workflow.OrganisationIdAsync(DemoOrganisations.IspThird);
        var consent = Consent.Grant(jobSeekerId, recipient, [DataCategory.Identity], "Accompagnement", "Formulaire 7", Today.AddYears(-3),
            new NetworkActor(office, OrganisationKind.Office, Tokens.Forem), Now.AddYears(-4),
            new HashSet<DataCategory> { DataCategory.Identity, DataCategory.Pathway }, OrganisationKind.IspOperator, new HashSet<DataCategory>()).Value!;
        db.Consents.Add(consent);
        await db.SaveChangesAsync();
        return consent.Id;
    });

    private Task<long> LogEntryAsync(long jobSeekerId, DateTime at) => world.Workflow.WithDbAsync(async db =>
    {
        var entry = new AccessLogEntry
        {
            At = at, JobSeekerId = jobSeekerId, Category = DataCategory.Identity, OrganisationId = await world.Workflow.OrganisationIdAsync(DemoOrganisations.Office),
            ClientId = Tokens.Forem, Operation = "Read", Basis = LegalBasis.OfficeMission,
        };
        db.AccessLog.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    });

    private Task<DateTime?> AnonymisedAtAsync(long id) => world.Workflow.WithDbAsync(db => db.JobSeekers.Where(j => j.Id == id).Select(j => j.AnonymisedAt).SingleAsync());

    /// <summary>Everything the retention may touch, as text: equal before and after means nothing changed.</summary>
    private Task<string> SnapshotAsync() => world.Workflow.WithDbAsync(async db =>
    {
        var people = await db.JobSeekers.AsNoTracking().OrderBy(j => j.Id)
            .Select(j => new { j.Id, j.Niss, j.Identity.FirstName, j.Identity.LastName, j.Social.CpasOrganisationId, j.AnonymisedAt }).ToListAsync();
        var referrals = await db.Referrals.AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.Id, r.ProfessionalObjective, r.Status }).ToListAsync();
        var complaints = await db.Complaints.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Description, c.Status }).ToListAsync();
        var log = await db.AccessLog.CountAsync();
        var consents = await db.Consents.CountAsync();
        return System.Text.Json.JsonSerializer.Serialize(new { people, referrals, complaints, log, consents });
    });
}
