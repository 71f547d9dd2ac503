using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.GraphQL.Relay;
using Partners.Data;
using Partners.Domain.JobSeekers;
using Partners.Domain.Offers;
using Partners.Domain.Organisations;
using Partners.Domain.Referrals;
using Partners.Tests.Workflow;

namespace Partners.Tests.Infrastructure;

/// <summary>
/// Rows written straight through <see cref="PartnersDbContext"/> for tests of features that read them (complaints
/// name a job seeker, the dashboard counts referrals): the demo network's organisations and contracts are there.
/// </summary>
public sealed class NetworkData(PartnersApiFactory factory)
{
    private static int nissSequence;

    public async Task<T> WithDbAsync<T>(Func<PartnersDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PartnersDbContext>());
    }

    public Task<long> OrganisationIdAsync(string name) =>
        WithDbAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    public async Task<string> OrganisationGlobalIdAsync(string name) => GlobalId.Encode("Organisation", await OrganisationIdAsync(name));

    /// <summary>A new job seeker with a valid, unique NISS; returns its database id.</summary>
    public Task<long> JobSeekerAsync(Region? region = null) => WithDbAsync(async db =>
    {
        var body = 850714000 + Interlocked.Increment(ref nissSequence);
        var niss = string.Create(CultureInfo.InvariantCulture, $"{body}{97 - (body % 97):00}");
        var jobSeeker = JobSeeker.Create(niss, new JobSeekerIdentity { FirstName = "Test", LastName = "Personne", BirthDate = new DateOnly(1985, 7, 14) }, region).Value!;
        db.JobSeekers.Add(jobSeeker);
        await db.SaveChangesAsync();
        return jobSeeker.Id;
    });

    public async Task<string> JobSeekerGlobalIdAsync() => GlobalId.Encode("JobSeeker", await JobSeekerAsync());

    /// <summary>
    /// A new job seeker <paramref name="organisationName"/> served (a referral to an offer of its own), so a complaint about
    /// it may be recorded for them (domain.md, "Complaints"); about the Office, any person.
    /// </summary>
    public async Task<string> ServedJobSeekerGlobalIdAsync(string organisationName)
    {
        var kind = await WithDbAsync(db => db.Organisations.Where(o => o.Name == organisationName).Select(o => o.Kind).SingleAsync());
        if (kind == OrganisationKind.Office)
        {
            return await JobSeekerGlobalIdAsync();
        }

        var referral = await ReferralAsync(await OfferAsync(organisationName, Region.Liege), DateTime.UtcNow);
        return GlobalId.Encode("JobSeeker", referral.JobSeekerId);
    }

    /// <summary>A published offer of <paramref name="operatorName"/> under its demo contract, in <paramref name="region"/>.</summary>
    public Task<Offer> OfferAsync(string operatorName, Region region) => WithDbAsync(async db =>
    {
        var operatorId = await db.Organisations.Where(o => o.Name == operatorName).Select(o => o.Id).SingleAsync();
        var contract = await db.CooperationContracts.SingleAsync(c => c.OperatorOrganisationId == operatorId);
        var offer = new Offer
        {
            OperatorOrganisationId = operatorId, ContractId = contract.Id, Title = "Offre de test", ServiceType = ServiceType.Coaching,
            Objectives = "Trouver un emploi", Address = "Rue de la Gare 1", PostalCode = "4000", Municipality = "Liège",
            Region = region, Capacity = 100, Status = OfferStatus.Published,
            ExpectedResults = "Un emploi", DurationDescription = "8 semaines", StartsOn = new DateOnly(2027, 1, 11),
            IntakeModalities = "Sur rendez-vous", ReferralModalities = "Par le conseiller référent",
        };
        db.Offers.Add(offer);
        await db.SaveChangesAsync();
        return offer;
    });

    /// <summary>A referral to <paramref name="offer"/> made at <paramref name="createdAt"/> by the Office, then moved by <paramref name="moves"/>.</summary>
    public Task<Referral> ReferralAsync(Offer offer, DateTime createdAt, params Func<Referral, ReferralActor, DateTime, Domain.Common.Result<Referral>>[] moves) =>
        WithDbAsync(async db =>
        {
            var jobSeekerId = await JobSeekerAsync();
            var jobSeeker = await db.JobSeekers.SingleAsync(j => j.Id == jobSeekerId);
            var contract = await db.CooperationContracts.SingleAsync(c => c.Id == offer.ContractId);
            var kind = await db.Organisations.Where(o => o.Id == offer.OperatorOrganisationId).Select(o => o.Kind).SingleAsync();
            var officeId = contract.OfficeOrganisationId;
            var verdict = new ReferralEligibility(new FixedClock(createdAt)).Check(new ReferralEligibilityRequest(offer, contract, kind, jobSeeker, [])).Value!;
            var referral = Referral.Create(verdict, "Aide-soignant", null, new ReferralActor(officeId, Tokens.Forem), createdAt, new ReferralOptions()).Value!;
            var operatorActor = new ReferralActor(offer.OperatorOrganisationId, "operator-test");
            foreach (var move in moves)
            {
                Assert.True(move(referral, operatorActor, createdAt).IsSuccess);
            }

            db.Referrals.Add(referral);
            await db.SaveChangesAsync();
            return referral;
        });
}
