using System.Linq.Expressions;
using LinqKit;
using Microsoft.EntityFrameworkCore;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Domain.Boundaries;
using Partners.Domain.Common;
using Partners.Domain.JobSeekers;
using Partners.Domain.Organisations;
using Partners.Domain.Referrals;

namespace Partners.Api.Boundaries;

/// <summary>
/// "Who may read which category of whom", the one definition: <see cref="AccessPolicy"/>'s tables, with each ground
/// written once as what the database evaluates. The field guard (<see cref="CategoryGuard"/>, through
/// <see cref="FactsAsync"/>), the lists, counts and filters (<see cref="ReachableBy"/>, <see cref="ReadableBy"/>),
/// the subscriptions (which resolve through the same guard) and the access log (the guard's decision) all use it.
/// </summary>
public sealed class BoundaryRule(PartnersDbContext db, BoundaryOptions options, IClock clock)
{
    /// <summary>The states after which a referral no longer opens the person's data, once the retention window passed.</summary>
    public static readonly ReferralStatus[] ClosedStatuses =
        [.. Enum.GetValues<ReferralStatus>().Where(ReferralStateMachine.IsClosed)];

    /// <summary>The organisation holding a person's SOCIAL secret: their own CPAS.</summary>
    private static readonly Expression<Func<JobSeeker, long?>> OwnCpasOf = j => j.Social.CpasOrganisationId;

    private static readonly Func<JobSeeker, long?> OwnCpasOfCompiled = OwnCpasOf.Compile();

    /// <summary>The grounds that hold for the caller whoever the person is.</summary>
    public static IEnumerable<AccessGround> CallerGrounds(Caller caller)
    {
        if (caller.IsOffice)
        {
            yield return AccessGround.Office;
        }

        if (caller.IsOfficeSocialService)
        {
            yield return AccessGround.OfficeSocialService;
        }
    }

    /// <summary>The categories whose secret the caller holds for the person (it records and withdraws consents naming them).</summary>
    public static IReadOnlySet<DataCategory> SecretsHeldBy(Caller caller, JobSeeker jobSeeker) =>
        AccessPolicy.SecretsHeld(IsOwnCpas(caller, jobSeeker) ? CallerGrounds(caller).Append(AccessGround.OwnCpas) : CallerGrounds(caller));

    /// <summary>The categories whose secret an organisation holds for the person, whoever of it signs in (a consent never names them).</summary>
    public static IReadOnlySet<DataCategory> SecretsHeldBy(Organisation organisation, JobSeeker jobSeeker) => AccessPolicy.SecretsHeld(organisation.Kind switch
    {
        OrganisationKind.Office => [AccessGround.Office, AccessGround.OfficeSocialService],
        OrganisationKind.Cpas when OwnCpasOfCompiled(jobSeeker) == organisation.Id => [AccessGround.OwnCpas],
        _ => [],
    });

    /// <summary>Whether the caller is the person's own CPAS (holder of the SOCIAL secret).</summary>
    public static bool IsOwnCpas(Caller caller, JobSeeker jobSeeker) => IsOwnCpas(caller, OwnCpasOfCompiled(jobSeeker));

    public static bool IsOwnCpas(Caller caller, long? cpasOfPerson) =>
        caller.OrganisationKind == OrganisationKind.Cpas && cpasOfPerson == caller.OrganisationId;

    /// <summary>The caller's referrals as operator that still open the person's data: open, or closed within the retention window.</summary>
    public IQueryable<Referral> ReferralLinks(Caller caller)
    {
        var organisation = caller.OrganisationId;
        var cutoff = clock.UtcNow.AddDays(-options.RetentionDays);
        var closed = ClosedStatuses;
        return db.Referrals.Where(r => r.OperatorOrganisationId == organisation && (!closed.Contains(r.Status) || r.UpdatedAt >= cutoff));
    }

    /// <summary>The consents naming the caller that are active today (neither withdrawn nor expired).</summary>
    private IQueryable<Consent> ActiveConsents(Caller caller)
    {
        var organisation = caller.OrganisationId;
        var today = clock.Today;
        return db.Consents.Where(c => c.RecipientOrganisationId == organisation && c.WithdrawnAt == null && (c.ExpiresOn == null || c.ExpiresOn >= today));
    }

    /// <summary>The people the caller reaches: some category opens to it, by rule or consent. Others do not exist for it.</summary>
    public IQueryable<JobSeeker> ReachableBy(IQueryable<JobSeeker> jobSeekers, Caller caller) =>
        jobSeekers.Where(Opening(caller, AccessPolicy.ReachingGrounds, Enum.GetValues<DataCategory>()));

    /// <summary>"The caller may read this person's <paramref name="category"/>", as a predicate the database evaluates (the scope is checked by whoever asks).</summary>
    public Expression<Func<JobSeeker, bool>> Readable(Caller caller, DataCategory category) =>
        Opening(caller, AccessPolicy.OpenedBy[category], [category]);

    /// <summary>The caller's relation with each of <paramref name="jobSeekers"/>, in two statements for all of them.</summary>
    public async Task<IReadOnlyDictionary<long, AccessFacts>> FactsAsync(Caller caller, IReadOnlyCollection<JobSeeker> jobSeekers, CancellationToken ct)
    {
        var ids = jobSeekers.Select(j => j.Id).Distinct().ToList();
        var referrals = await ReferralLinks(caller).Where(r => ids.Contains(r.JobSeekerId))
            .Join(db.Offers, r => r.OfferId, o => o.Id, (r, o) => new { r.JobSeekerId, o.ContractId, r.Id })
            .ToListAsync(ct);
        var consentable = Enum.GetValues<DataCategory>().Where(c => AccessPolicy.ConsentOpens(c, caller.OrganisationKind)).ToList();
        var consents = consentable.Count == 0 ? []
            : await ActiveConsents(caller).AsNoTracking().Where(c => ids.Contains(c.JobSeekerId)).ToListAsync(ct);

        var callerGrounds = CallerGrounds(caller).ToList();
        return jobSeekers.DistinctBy(j => j.Id).ToDictionary(j => j.Id, j =>
        {
            var referral = referrals.Where(r => r.JobSeekerId == j.Id).MaxBy(r => r.Id);
            var grounds = new HashSet<AccessGround>(callerGrounds);
            if (referral is not null)
            {
                grounds.Add(AccessGround.Referral);
            }

            if (IsOwnCpas(caller, j))
            {
                grounds.Add(AccessGround.OwnCpas);
            }

            var own = consents.Where(c => c.JobSeekerId == j.Id).OrderByDescending(c => c.Id).ToList();
            var byCategory = own.SelectMany(c => c.Categories.Where(consentable.Contains).Select(category => (category, c.Id)))
                .GroupBy(x => x.category).ToDictionary(g => g.Key, g => g.First().Id);
            return new AccessFacts(grounds, referral?.ContractId, byCategory, referral?.Id, own.ToDictionary(c => c.Id, c => c.Purpose));
        });
    }

    /// <summary>
    /// "One of <paramref name="grounds"/> holds, or an active consent opens one of <paramref name="categories"/>", as a
    /// predicate the database evaluates: each ground's SQL is here and nowhere else.
    /// </summary>
    private Expression<Func<JobSeeker, bool>> Opening(Caller caller, IEnumerable<AccessGround> grounds, IEnumerable<DataCategory> categories)
    {
        var set = grounds.ToHashSet();
        if (CallerGrounds(caller).Any(set.Contains))
        {
            return j => true;
        }

        var predicate = PredicateBuilder.New<JobSeeker>(false);
        if (set.Contains(AccessGround.Referral))
        {
            var links = ReferralLinks(caller);
            predicate = predicate.Or(j => links.Any(r => r.JobSeekerId == j.Id));
        }

        if (set.Contains(AccessGround.OwnCpas) && caller.OrganisationKind == OrganisationKind.Cpas)
        {
            var organisation = (long?)caller.OrganisationId;
            predicate = predicate.Or(j => OwnCpasOf.Invoke(j) == organisation);
        }

        var covers = PredicateBuilder.New<Consent>(false);
        foreach (var category in categories.Where(c => AccessPolicy.ConsentOpens(c, caller.OrganisationKind)))
        {
            covers = covers.Or(Covers(category));
        }

        if (covers.IsStarted)
        {
            var consents = ActiveConsents(caller).Where(((Expression<Func<Consent, bool>>)covers).Expand());
            predicate = predicate.Or(j => consents.Any(c => c.JobSeekerId == j.Id));
        }

        return predicate.IsStarted ? ((Expression<Func<JobSeeker, bool>>)predicate).Expand() : j => false;
    }

    private static Expression<Func<Consent, bool>> Covers(DataCategory category) => category switch
    {
        DataCategory.Identity => c => c.CoversIdentity,
        DataCategory.Pathway => c => c.CoversPathway,
        DataCategory.Social => c => c.CoversSocial,
        _ => c => c.CoversHealth,
    };
}
