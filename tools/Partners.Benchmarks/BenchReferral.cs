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
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        var operatorId = await scope.ServiceProvider.GetRequiredService<ClientRegistry>().OrganisationOfAsync(clientId, CancellationToken.None)
            ?? throw new InvalidOperationException($"Unknown client {clientId}.");
        var offer = await db.Offers.Include(o => o.TargetGroups).AsSplitQuery()
            .FirstAsync(o => o.OperatorOrganisationId == operatorId && o.Status == OfferStatus.Published && !o.TargetGroups.Any());
        var contract = await db.CooperationContracts.FirstAsync(c => c.Id == offer.ContractId);
        var officeId = await db.Organisations.Where(o => o.Kind == OrganisationKind.Office).Select(o => o.Id).FirstAsync();
        var kind = await db.Organisations.Where(o => o.Id == operatorId).Select(o => o.Kind).FirstAsync();
        var person = JobSeeker.Create(Niss(), new JobSeekerIdentity
        {
            FirstName = "Banc", LastName = "Essai", BirthDate = new DateOnly(1990, 1, 1), Municipality = "Liège", PostalCode = "4000",
        }, offer.Region).Value!;
        db.JobSeekers.Add(person);
        await db.SaveChangesAsync();

        var verdict = new ReferralEligibility(new SystemClock()).Check(new ReferralEligibilityRequest(offer, contract, kind, person, [])).Value
            ?? throw new InvalidOperationException($"The client's offer {offer.Id} takes no referral of the benchmark's job seeker.");
        var referral = Referral.Create(verdict, "Banc d'essai", null, new ReferralActor(officeId, "forem-demo"), DateTime.UtcNow, new ReferralOptions()).Value!;
        db.Referrals.Add(referral);
        await db.SaveChangesAsync();
        return (referral.Id, new[] { officeId, operatorId });
    }

    /// <summary>A valid Belgian NISS (check digits modulo 97).</summary>
    private static string Niss()
    {
        const string first9 = "900101001";
        var check = 97 - (long.Parse(first9, CultureInfo.InvariantCulture) % 97);
        return first9 + check.ToString("D2", CultureInfo.InvariantCulture);
    }
}
