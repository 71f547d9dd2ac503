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

/// <summary>The columns of <see cref="BoundaryRule.FactsOf"/>: one person's relation with the caller.</summary>
public sealed class AccessFactsRow
{
    public long JobSeekerId { get; init; }

    public long? OwnCpasId { get; init; }

    public long? ReferralId { get; init; }

    public long? ReferralContractId { get; init; }

    public long? IdentityConsentId { get; init; }

    public string? IdentityConsentPurpose { get; init; }

    public long? PathwayConsentId { get; init; }

    public string? PathwayConsentPurpose { get; init; }

    public long? SocialConsentId { get; init; }

    public string? SocialConsentPurpose { get; init; }

    public long? HealthConsentId { get; init; }

    public string? HealthConsentPurpose { get; init; }
}

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

    /// <summary>The caller's relation with each of the people <paramref name="jobSeekerIds"/>, in one statement for all of them.</summary>
    public async Task<IReadOnlyDictionary<long, AccessFacts>> FactsAsync(Caller caller, IReadOnlyCollection<long> jobSeekerIds, CancellationToken ct)
    {
        var ids = jobSeekerIds.Distinct().ToList();
        var rows = await db.JobSeekers.AsNoTracking().Where(j => ids.Contains(j.Id)).Select(FactsOf(caller)).ToListAsync(ct);
        return rows.ToDictionary(r => r.JobSeekerId, r => FactsFrom(caller, r));
    }

    /// <summary>
    /// The caller's relation with a person as columns of the statement that reads the person (<see cref="FactsAsync"/>,
    /// or a page joining its people): the newest referral that opens the person and its contract, their own CPAS,
    /// and per category the newest active consent naming the caller, when the caller's kind may receive one.
    /// </summary>
    public Expression<Func<JobSeeker, AccessFactsRow>> FactsOf(Caller caller)
    {
        var links = ReferralLinks(caller);
        var offers = db.Offers;
        var consents = ActiveConsents(caller);
        Expression<Func<JobSeeker, long?>> ConsentId(DataCategory category)
        {
            if (!AccessPolicy.ConsentOpens(category, caller.OrganisationKind))
            {
                return j => null;
            }

            var naming = consents.Where(Covers(category));
            return j => naming.Where(c => c.JobSeekerId == j.Id).Max(c => (long?)c.Id);
        }

        Expression<Func<JobSeeker, string?>> ConsentPurpose(DataCategory category)
        {
            if (!AccessPolicy.ConsentOpens(category, caller.OrganisationKind))
            {
                return j => null;
            }

            var naming = consents.Where(Covers(category));
            return j => naming.Where(c => c.JobSeekerId == j.Id).OrderByDescending(c => c.Id).Select(c => c.Purpose).FirstOrDefault();
        }

        var (identity, pathway, social, health) = (ConsentId(DataCategory.Identity), ConsentId(DataCategory.Pathway), ConsentId(DataCategory.Social), ConsentId(DataCategory.Health));
        var (identityPurpose, pathwayPurpose, socialPurpose, healthPurpose) =
            (ConsentPurpose(DataCategory.Identity), ConsentPurpose(DataCategory.Pathway), ConsentPurpose(DataCategory.Social), ConsentPurpose(DataCategory.Health));
        Expression<Func<JobSeeker, AccessFactsRow>> row = j => new AccessFactsRow
        {
            JobSeekerId = j.Id,
            OwnCpasId = OwnCpasOf.Invoke(j),
            ReferralId = links.Where(r => r.JobSeekerId == j.Id).Max(r => (long?)r.Id),
            ReferralContractId = links.Where(r => r.JobSeekerId == j.Id).OrderByDescending(r => r.Id)
                .Select(r => offers.Where(o => o.Id == r.OfferId).Select(o => (long?)o.ContractId).FirstOrDefault()).FirstOrDefault(),
            IdentityConsentId = identity.Invoke(j),
            IdentityConsentPurpose = identityPurpose.Invoke(j),
            PathwayConsentId = pathway.Invoke(j),
            PathwayConsentPurpose = pathwayPurpose.Invoke(j),
            SocialConsentId = social.Invoke(j),
            SocialConsentPurpose = socialPurpose.Invoke(j),
            HealthConsentId = health.Invoke(j),
            HealthConsentPurpose = healthPurpose.Invoke(j),
        };
        return row.Expand();
    }

    /// <summary>What <see cref="FactsOf"/> read, as the facts <see cref="AccessPolicy.Decide"/> takes.</summary>
    public static AccessFacts FactsFrom(Caller caller, AccessFactsRow row)
    {
        var grounds = new HashSet<AccessGround>(CallerGrounds(caller));
        if (row.ReferralId is not null)
        {
            grounds.Add(AccessGround.Referral);
        }

        if (IsOwnCpas(caller, row.OwnCpasId))
        {
            grounds.Add(AccessGround.OwnCpas);
        }

        var consentIds = new Dictionary<DataCategory, long>();
        var purposes = new Dictionary<long, string>();
        foreach (var (category, id, purpose) in new[]
        {
            (DataCategory.Identity, row.IdentityConsentId, row.IdentityConsentPurpose), (DataCategory.Pathway, row.PathwayConsentId, row.PathwayConsentPurpose),
            (DataCategory.Social, row.SocialConsentId, row.SocialConsentPurpose), (DataCategory.Health, row.HealthConsentId, row.HealthConsentPurpose),
        })
        {
            if (id is { } consentId)
            {
                consentIds[category] = consentId;
                purposes[consentId] = purpose ?? "";
            }
        }

        return new AccessFacts(grounds, row.ReferralContractId, consentIds, row.ReferralId, purposes);
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
