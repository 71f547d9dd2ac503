using System.Collections.Concurrent;
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
    private static readonly Expression<Func<Referral, BoundaryScope, bool>> Links =
        (r, s) => r.OperatorOrganisationId == s.Organisation && (!ClosedStatuses.Contains(r.Status) || r.UpdatedAt >= s.Cutoff);

    /// <summary>The consents naming the caller that are active today (neither withdrawn nor expired).</summary>
    private static readonly Expression<Func<Consent, BoundaryScope, bool>> Active =
        (c, s) => c.RecipientOrganisationId == s.Organisation && c.WithdrawnAt == null && (c.ExpiresOn == null || c.ExpiresOn >= s.Today);

    /// <summary>The statements of <see cref="FactsOf"/>, by the caller's kind and the categories asked for (their parameters aside).</summary>
    private static readonly ConcurrentDictionary<(OrganisationKind Kind, string Categories), Expression<Func<JobSeeker, BoundaryScope, AccessFactsRow>>> FactsTemplates = new();

    /// <summary>This request's values for the caller's boundary statements.</summary>
    public BoundaryScope ScopeOf(Caller caller) => new(db, caller.OrganisationId, clock.UtcNow.AddDays(-options.RetentionDays), clock.Today);

    private IQueryable<Referral> ReferralLinks(Caller caller) => db.Referrals.Where(BoundaryScope.Bind(Links, ScopeOf(caller)));

    private IQueryable<Consent> ActiveConsents(Caller caller) => db.Consents.Where(BoundaryScope.Bind(Active, ScopeOf(caller)));

    /// <summary>The people the caller reaches: some category opens to it, by rule or consent. Others do not exist for it.</summary>
    public IQueryable<JobSeeker> ReachableBy(IQueryable<JobSeeker> jobSeekers, Caller caller) =>
        jobSeekers.Where(Opening(caller, AccessPolicy.ReachingGrounds, Enum.GetValues<DataCategory>()));

    /// <summary>"The caller may read this person's <paramref name="category"/>", as a predicate the database evaluates (the scope is checked by whoever asks).</summary>
    public Expression<Func<JobSeeker, bool>> Readable(Caller caller, DataCategory category) =>
        Opening(caller, AccessPolicy.OpenedBy[category], [category]);

    /// <summary>The caller's relation with each of the people <paramref name="jobSeekerIds"/>, every category, in one statement for all of them.</summary>
    public async Task<IReadOnlyDictionary<long, AccessFacts>> FactsAsync(Caller caller, IReadOnlyCollection<long> jobSeekerIds, CancellationToken ct)
    {
        var ids = jobSeekerIds.Distinct().ToList();
        var rows = await db.JobSeekers.AsNoTracking().Where(j => ids.Contains(j.Id))
            .Select(BoundaryScope.Bind(FactsOf(caller.OrganisationKind, AllCategories), ScopeOf(caller))).ToListAsync(ct);
        return rows.ToDictionary(r => r.JobSeekerId, r => FactsFrom(caller, r, AllCategories));
    }

    /// <summary>Every data category: what <see cref="FactsAsync"/> reads.</summary>
    public static readonly IReadOnlySet<DataCategory> AllCategories = Enum.GetValues<DataCategory>().ToHashSet();

    /// <summary>
    /// The caller's relation with a person as columns of the statement that reads the person (<see cref="FactsAsync"/>,
    /// or a page joining its people), for a caller of <paramref name="kind"/>, its values taken from a
    /// <see cref="BoundaryScope"/> (<see cref="ScopeOf"/>): the newest referral that opens the person and its contract,
    /// their own CPAS (for a CPAS caller: no other kind can be it), and per category of <paramref name="categories"/> the newest active consent naming the caller,
    /// when the caller's kind may receive one (others are null: facts for those categories only, see
    /// <see cref="FactsFrom"/>). Built once per kind and categories, so a request neither rebuilds nor re-expands it.
    /// </summary>
    public static Expression<Func<JobSeeker, BoundaryScope, AccessFactsRow>> FactsOf(OrganisationKind kind, IReadOnlySet<DataCategory> categories) =>
        FactsTemplates.GetOrAdd((kind, KeyOf(categories)), key => BuildFactsOf(key.Kind, categories));

    private static string KeyOf(IReadOnlySet<DataCategory> categories) => string.Join(',', categories.Order());

    private static Expression<Func<JobSeeker, BoundaryScope, AccessFactsRow>> BuildFactsOf(OrganisationKind kind, IReadOnlySet<DataCategory> categories)
    {
        var (links, active) = (Links, Active);
        Expression<Func<JobSeeker, BoundaryScope, long?>> ConsentId(DataCategory category)
        {
            if (!categories.Contains(category) || !AccessPolicy.ConsentOpens(category, kind))
            {
                return (j, s) => null;
            }

            var covers = Covers(category);
            return (j, s) => s.Db.Consents.Where(c => active.Invoke(c, s) && covers.Invoke(c) && c.JobSeekerId == j.Id).Max(c => (long?)c.Id);
        }

        Expression<Func<JobSeeker, BoundaryScope, string?>> ConsentPurpose(DataCategory category)
        {
            if (!categories.Contains(category) || !AccessPolicy.ConsentOpens(category, kind))
            {
                return (j, s) => null;
            }

            var covers = Covers(category);
            return (j, s) => s.Db.Consents.Where(c => active.Invoke(c, s) && covers.Invoke(c) && c.JobSeekerId == j.Id)
                .OrderByDescending(c => c.Id).Select(c => c.Purpose).FirstOrDefault();
        }

        // Only a CPAS can be a person's own CPAS: for any other caller the person's CPAS (a SOCIAL column) is not read.
        Expression<Func<JobSeeker, long?>> ownCpas = kind == OrganisationKind.Cpas ? OwnCpasOf : j => null;
        var (identity, pathway, social, health) = (ConsentId(DataCategory.Identity), ConsentId(DataCategory.Pathway), ConsentId(DataCategory.Social), ConsentId(DataCategory.Health));
        var (identityPurpose, pathwayPurpose, socialPurpose, healthPurpose) =
            (ConsentPurpose(DataCategory.Identity), ConsentPurpose(DataCategory.Pathway), ConsentPurpose(DataCategory.Social), ConsentPurpose(DataCategory.Health));
        Expression<Func<JobSeeker, BoundaryScope, AccessFactsRow>> row = (j, s) => new AccessFactsRow
        {
            JobSeekerId = j.Id,
            OwnCpasId = ownCpas.Invoke(j),
            ReferralId = s.Db.Referrals.Where(r => links.Invoke(r, s) && r.JobSeekerId == j.Id).Max(r => (long?)r.Id),
            ReferralContractId = s.Db.Referrals.Where(r => links.Invoke(r, s) && r.JobSeekerId == j.Id).OrderByDescending(r => r.Id)
                .Select(r => s.Db.Offers.Where(o => o.Id == r.OfferId).Select(o => (long?)o.ContractId).FirstOrDefault()).FirstOrDefault(),
            IdentityConsentId = identity.Invoke(j, s),
            IdentityConsentPurpose = identityPurpose.Invoke(j, s),
            PathwayConsentId = pathway.Invoke(j, s),
            PathwayConsentPurpose = pathwayPurpose.Invoke(j, s),
            SocialConsentId = social.Invoke(j, s),
            SocialConsentPurpose = socialPurpose.Invoke(j, s),
            HealthConsentId = health.Invoke(j, s),
            HealthConsentPurpose = healthPurpose.Invoke(j, s),
        };
        return row.Expand();
    }

    /// <summary>What <see cref="FactsOf"/> read for <paramref name="categories"/>, as the facts <see cref="AccessPolicy.Decide"/> takes for them.</summary>
    public static AccessFacts FactsFrom(Caller caller, AccessFactsRow row, IReadOnlySet<DataCategory> categories)
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
            if (id is { } consentId && categories.Contains(category))
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
