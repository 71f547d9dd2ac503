using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.JobSeekers;
using Partners.Domain.Offers;
using Partners.Domain.Organisations;
using Partners.Domain.Referrals;

namespace Partners.Benchmarks;

/// <summary>
/// <c>--subject new</c>: a job seeker referred by the Office to the subscribing client's first published offer open to all, so that
/// <c>referralUpdated</c> has a referral to load and authorise for every subscriber at every event.
/// </summary>
public static class BenchReferral
{
    public static async Task<(long Id, long[] Organisations)> CreateAsync(IServiceProvider services, string clientId)
    {
        var (ids, organisations) = await CreateManyAsync(services, clientId, 1);
        return (ids[0], organisations);
    }

    /// <summary>
    /// <paramref name="count"/> job seekers, each referred by the Office to one of the client's published offers open
    /// to all (the <c>inbox</c> mode's operator inbox); returns the referrals and the two parties.
    /// </summary>
    public static async Task<(long[] Ids, long[] Organisations)> CreateManyAsync(IServiceProvider services, string clientId, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        var operatorId = await scope.ServiceProvider.GetRequiredService<ClientRegistry>().OrganisationOfAsync(clientId, CancellationToken.None)
            ?? throw new InvalidOperationException($"Unknown client {clientId}.");
        var offers = await db.Offers.Include(o => o.TargetGroups).AsSplitQuery()
            .Where(o => o.OperatorOrganisationId == operatorId && o.Status == OfferStatus.Published && !o.TargetGroups.Any()).ToListAsync();
        var officeId = await db.Organisations.Where(o => o.Kind == OrganisationKind.Office).Select(o => o.Id).FirstAsync();
        var kind = await db.Organisations.Where(o => o.Id == operatorId).Select(o => o.Kind).FirstAsync();
        var eligibility = new ReferralEligibility(new SystemClock());
        var referrals = new List<Referral>();
        for (var i = 0; i < count; i++)
        {
            var person = JobSeeker.Create(Niss(i), new JobSeekerIdentity
            {
                FirstName = "Banc", LastName = "Essai " + i.ToString(CultureInfo.InvariantCulture), BirthDate = new DateOnly(1990, 1, 1), Municipality = "Liège", PostalCode = "4000",
            }, offers[0].Region).Value!;
            db.JobSeekers.Add(person);
            await db.SaveChangesAsync();

            var verdict = await FirstEligibleAsync(db, eligibility, offers, kind, person)
                ?? throw new InvalidOperationException($"No offer of {clientId} takes a referral of the benchmark's job seeker.");
            var referral = Referral.Create(verdict, "Banc d'essai", null, new ReferralActor(officeId, "forem-demo"), DateTime.UtcNow, new ReferralOptions()).Value!;
            db.Referrals.Add(referral);
            await db.SaveChangesAsync();
            referrals.Add(referral);
        }

        return ([.. referrals.Select(r => r.Id)], [officeId, operatorId]);
    }

    private static async Task<ReferralEligibilityVerdict?> FirstEligibleAsync(PartnersDbContext db, ReferralEligibility eligibility, List<Offer> offers, OrganisationKind kind, JobSeeker person)
    {
        foreach (var offer in offers)
        {
            var contract = await db.CooperationContracts.FirstAsync(c => c.Id == offer.ContractId);
            if (eligibility.Check(new ReferralEligibilityRequest(offer, contract, kind, person, [])).Value is { } verdict)
            {
                return verdict;
            }
        }

        return null;
    }

    /// <summary>A valid Belgian NISS (check digits modulo 97).</summary>
    private static string Niss(int serial)
    {
        // Born 1990-01-dd, serial 001–998: distinct numbers for up to 27,944 people.
        var first9 = string.Create(CultureInfo.InvariantCulture, $"9001{1 + (serial / 998):D2}{1 + (serial % 998):D3}");
        var check = 97 - (long.Parse(first9, CultureInfo.InvariantCulture) % 97);
        return first9 + check.ToString("D2", CultureInfo.InvariantCulture);
    }
}
