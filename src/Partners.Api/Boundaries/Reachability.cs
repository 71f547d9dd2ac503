using Partners.Api.Identity;
using Partners.Data;
using Partners.Domain.Boundaries;
using Partners.Domain.JobSeekers;

namespace Partners.Api.Boundaries;

/// <summary>
/// domain.md's boundaries as SQL predicates, so lists, counts and filters never reveal a person the caller does not
/// reach, nor match on a category it may not read. The Office reaches everyone; an operator those it has a referral
/// of (open, or closed within the retention window); a CPAS its own beneficiaries; any organisation those whose
/// active consent names it.
/// </summary>
public sealed class Reachability(PartnersDbContext db, BoundaryOptions options, Partners.Domain.Common.IClock clock)
{
    public IQueryable<JobSeeker> ReachableBy(IQueryable<JobSeeker> jobSeekers, Caller caller)
    {
        if (caller.IsOffice)
        {
            return jobSeekers;
        }

        var organisation = caller.OrganisationId;
        var referrals = ReferralLinks(caller);
        var consents = ActiveConsents(caller);
        return jobSeekers.Where(j =>
            referrals.Any(r => r.JobSeekerId == j.Id)
            || j.Social.CpasOrganisationId == organisation
            || consents.Any(c => c.JobSeekerId == j.Id));
    }

    /// <summary>The people whose <paramref name="category"/> the caller may read (its scope is checked by the caller of this).</summary>
    public IQueryable<JobSeeker> ReadableBy(IQueryable<JobSeeker> jobSeekers, Caller caller, DataCategory category)
    {
        var organisation = caller.OrganisationId;
        var consents = ActiveConsents(caller).Where(ConsentPredicates.Covers(category));
        switch (category)
        {
            case DataCategory.Identity or DataCategory.Pathway when caller.IsOffice:
                return jobSeekers;
            case DataCategory.Identity or DataCategory.Pathway:
                var referrals = ReferralLinks(caller);
                return jobSeekers.Where(j => referrals.Any(r => r.JobSeekerId == j.Id) || consents.Any(c => c.JobSeekerId == j.Id));
            case DataCategory.Social:
                return jobSeekers.Where(j => j.Social.CpasOrganisationId == organisation || consents.Any(c => c.JobSeekerId == j.Id));
            default:
                return caller.IsOfficeSocialService ? jobSeekers : jobSeekers.Where(j => consents.Any(c => c.JobSeekerId == j.Id));
        }
    }

    private IQueryable<Partners.Domain.Referrals.Referral> ReferralLinks(Caller caller)
    {
        var organisation = caller.OrganisationId;
        var cutoff = clock.UtcNow.AddDays(-options.RetentionDays);
        var closed = AccessFactsLoader.ClosedStatuses;
        return db.Referrals.Where(r => r.OperatorOrganisationId == organisation && (!closed.Contains(r.Status) || r.UpdatedAt >= cutoff));
    }

    private IQueryable<Consent> ActiveConsents(Caller caller)
    {
        var organisation = caller.OrganisationId;
        var today = clock.Today;
        return db.Consents.Where(c => c.RecipientOrganisationId == organisation && c.WithdrawnAt == null && (c.ExpiresOn == null || c.ExpiresOn >= today));
    }
}
