using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Seed;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Contracts;
using Partners.Domain.JobSeekers;
using Partners.Domain.Offers;
using Partners.Domain.Organisations;
using Partners.Domain.Referrals;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Referrals;

/// <summary>
/// Data for workflow tests, written straight to the test database (the arrangement), while every act goes through
/// /graphql with a real token. Each call makes fresh objects, so tests sharing a host never see each other's.
/// </summary>
public sealed class WorkflowWorld(PartnersApiFactory factory)
{
    private static int nissSequence;

    public PartnersApiFactory Factory => factory;

    public async Task<T> WithDbAsync<T>(Func<PartnersDbContext, Task<T>> work)
    {
        using var scope = factory.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<PartnersDbContext>());
    }

    public Task<long> OrganisationIdAsync(string name) =>
        WithDbAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    /// <summary>A published offer of <paramref name="operatorName"/> under its active demo contract; the Office's own services (art. 8) have none.</summary>
    public Task<long> OfferAsync(string operatorName = DemoOrganisations.IspWithClause, int capacity = 10, OfferStatus status = OfferStatus.Published, params string[] targetGroups) =>
        WithDbAsync(async db =>
        {
            var operatorId = await db.Organisations.Where(o => o.Name == operatorName).Select(o => o.Id).SingleAsync();
            var contract = await db.CooperationContracts.Where(c => c.OperatorOrganisationId == operatorId).Select(c => (long?)c.Id).FirstOrDefaultAsync();
            var groups = new List<TargetGroup>();
            foreach (var code in targetGroups)
            {
                groups.Add(await db.TargetGroups.FirstOrDefaultAsync(g => g.Code == code) ?? new TargetGroup { Code = code, NameFr = code, NameEn = code });
            }

            var offer = new Offer
            {
                OperatorOrganisationId = operatorId, ContractId = contract, Title = "Offre de test " + Guid.NewGuid().ToString("N")[..6],
                ServiceType = ServiceType.Training, Objectives = "Se former", Address = "Rue Test 1", PostalCode = "4000",
                Municipality = "Liège", Region = Region.Liege, Capacity = capacity, Status = status, TargetGroups = groups,
                // The legal content a published offer carries (Art. 11 5°).
                ExpectedResults = "Une qualification", DurationDescription = "10 semaines", StartsOn = new DateOnly(2027, 1, 11),
                IntakeModalities = "Sur rendez-vous", ReferralModalities = "Par le conseiller référent",
            };
            db.Offers.Add(offer);
            await db.SaveChangesAsync();
            return offer.Id;
        });

    /// <summary>Adds an information session to <paramref name="offerId"/> (art. 10 3°); returns the session's id.</summary>
    public Task<long> InformationSessionAsync(long offerId, int? seats = null, DateTime? startsAt = null) =>
        WithDbAsync(async db =>
        {
            var offer = await db.Offers.SingleAsync(o => o.Id == offerId);
            var session = new InformationSession { StartsAt = startsAt ?? DateTime.UtcNow.AddDays(10), Location = "Liège, salle 2", Seats = seats };
            offer.InformationSessions.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });

    /// <summary>Registers <paramref name="jobSeekerId"/> for a session, as the offer's operator would (art. 10 3°); returns the registration's id.</summary>
    public Task<long> SessionRegistrationAsync(long offerId, long sessionId, long jobSeekerId) =>
        WithDbAsync(async db =>
        {
            var offer = await db.Offers.SingleAsync(o => o.Id == offerId);
            var person = await db.JobSeekers.SingleAsync(j => j.Id == jobSeekerId);
            var actor = new NetworkActor(offer.OperatorOrganisationId, OrganisationKind.IspOperator, "arrange");
            var registration = SessionRegistration.Register(offer, offer.InformationSessions.Single(s => s.Id == sessionId), person, null, null, 0, actor, DateTime.UtcNow).Value!;
            db.SessionRegistrations.Add(registration);
            await db.SaveChangesAsync();
            return registration.Id;
        });

    /// <summary>A job seeker with a valid NISS; <paramref name="cpasName"/> makes that CPAS the person's own.</summary>
    public Task<long> JobSeekerAsync(string? cpasName = null, params string[] targetGroups) =>
        WithDbAsync(async db =>
        {
            var jobSeeker = JobSeeker.Create(NextNiss(), new JobSeekerIdentity
            {
                FirstName = "Camille", LastName = "Test", BirthDate = new DateOnly(1990, 5, 17), Municipality = "Liège", PostalCode = "4000",
            }, Region.Liege).Value!;
            jobSeeker.Pathway.TargetGroupCodes.AddRange(targetGroups);
            jobSeeker.Pathway.ProfessionalObjectives.Add(new ProfessionalObjective { Title = "Aide-soignant" });
            if (cpasName is not null)
            {
                jobSeeker.Social.CpasOrganisationId = await db.Organisations.Where(o => o.Name == cpasName).Select(o => o.Id).SingleAsync();
                jobSeeker.Social.FollowedByCpas = true;
                jobSeeker.Social.ReceivesIntegrationIncome = true;
            }

            db.JobSeekers.Add(jobSeeker);
            await db.SaveChangesAsync();
            return jobSeeker.Id;
        });

    /// <summary>A referral of a fresh job seeker to <paramref name="offerId"/>, brought to <paramref name="status"/> by the domain's own moves.</summary>
    public async Task<long> ReferralAsync(long offerId, ReferralStatus status = ReferralStatus.Sent, long? jobSeekerId = null)
    {
        var personId = jobSeekerId ?? await JobSeekerAsync();
        return await WithDbAsync(async db =>
        {
            var offer = await db.Offers.Include(o => o.TargetGroups).SingleAsync(o => o.Id == offerId);
            var contract = await db.CooperationContracts.SingleOrDefaultAsync(c => c.Id == offer.ContractId);
            var person = await db.JobSeekers.SingleAsync(j => j.Id == personId);
            var officeId = await db.Organisations.Where(o => o.Kind == OrganisationKind.Office).Select(o => o.Id).SingleAsync();
            var now = DateTime.UtcNow;
            var verdict = new ReferralEligibility(new SystemClock()).Check(new ReferralEligibilityRequest(offer, contract, offer.IsOfficeService ? OrganisationKind.Office : OrganisationKind.IspOperator, person, [])).Value!;
            var referral = Referral.Create(verdict, "Aide-soignant", null, new ReferralActor(officeId, Tokens.Forem), now, new ReferralOptions()).Value!;
            var operatorActor = new ReferralActor(offer.OperatorOrganisationId, "arrange");
            var evaluation = new ServiceEvaluation { Attainment = ObjectiveAttainment.Reached, Summary = "ok", AgreedWithJobSeeker = true };
            Result<Referral> Step(Func<Referral, Result<Referral>> move) => move(referral);
            var steps = status switch
            {
                ReferralStatus.Sent => [],
                ReferralStatus.Received => [r => r.Acknowledge(operatorActor, now)],
                ReferralStatus.Accepted => [r => r.RecordCandidacyResult(operatorActor, CandidacyDecision.Accepted, null, "ok", null, now)],
                ReferralStatus.Refused => [r => r.RecordCandidacyResult(operatorActor, CandidacyDecision.Refused, RefusalReason.NoSeats, "complet", null, now)],
                ReferralStatus.Waitlisted => [r => r.RecordCandidacyResult(operatorActor, CandidacyDecision.Waitlisted, null, "attente", null, now)],
                ReferralStatus.InProgress => [r => r.RecordCandidacyResult(operatorActor, CandidacyDecision.Accepted, null, "ok", null, now), r => r.StartService(operatorActor, null, now)],
                ReferralStatus.Completed => [r => r.RecordCandidacyResult(operatorActor, CandidacyDecision.Accepted, null, "ok", null, now), r => r.StartService(operatorActor, null, now), r => r.Complete(operatorActor, ServiceOutcome.Completed, null, evaluation, now)],
                ReferralStatus.Abandoned => [r => r.RecordCandidacyResult(operatorActor, CandidacyDecision.Accepted, null, "ok", null, now), r => r.StartService(operatorActor, null, now), r => r.Complete(operatorActor, ServiceOutcome.Abandoned, null, evaluation, now)],
                _ => new Func<Referral, Result<Referral>>[] { r => r.Cancel(new ReferralActor(officeId, Tokens.Forem), "plus nécessaire", now) },
            };
            foreach (var step in steps)
            {
                Assert.True(Step(step).IsSuccess);
            }

            db.Referrals.Add(referral);
            await db.SaveChangesAsync();
            return referral.Id;
        });
    }

    public Task<Referral> LoadReferralAsync(long id) =>
        WithDbAsync(db => db.Referrals.AsNoTracking().Include(r => r.History).SingleAsync(r => r.Id == id));

    public static string Id(string typeName, long key) => GlobalId.Encode(typeName, key);

    /// <summary>Posts a GraphQL request with optional extra headers (e.g. Idempotency-Key).</summary>
    public static Task<GraphQLResponse> PostAsync(HttpClient client, string token, string query, object? variables = null, string? idempotencyKey = null, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendGraphQLAsync(request, token, language: language);
    }

    /// <summary>A valid NISS (YYMMDDSSSCC, mod 97) that no other test uses: born in 1980, serial from a counter.</summary>
    public static string NextNiss()
    {
        var serial = Interlocked.Increment(ref nissSequence);
        var day = new DateOnly(1980, 1, 1).AddDays(serial / 997);
        var first9 = $"{day:yyMMdd}{serial % 997 + 1:D3}";
        var check = 97 - (long.Parse(first9, System.Globalization.CultureInfo.InvariantCulture) % 97);
        return first9 + check.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The birth date a NISS of <see cref="NextNiss"/> says (yyyy-MM-dd): a registration must agree with it.</summary>
    public static string BirthDateOf(string niss) => $"19{niss[..2]}-{niss[2..4]}-{niss[4..6]}";
}
