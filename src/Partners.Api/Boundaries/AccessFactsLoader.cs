using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.DataLoading;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Domain.Boundaries;
using Partners.Domain.Common;
using Partners.Domain.JobSeekers;
using Partners.Domain.Referrals;

namespace Partners.Api.Boundaries;

/// <summary>
/// The caller's relationship with each job seeker of a page, in two statements for the whole page: its referrals
/// of those people (with the contract they run under) and its active consents. Read again on every request, so a
/// withdrawn or expired consent stops at the very next one.
/// </summary>
public static class AccessFactsLoader
{
    public static IDataLoaderResult<AccessFacts> LoadAccessFacts(this IResolveFieldContext context, JobSeeker jobSeeker)
    {
        var caller = context.Caller();
        var inner = context.BatchLoader<long, Links>("access-facts", (services, ids, ct) => FetchAsync(services, caller, ids, ct)).Load(jobSeeker.Id);
        return new Mapped(inner, links => Facts(caller, jobSeeker, links));
    }

    public static AccessFacts Facts(Caller caller, JobSeeker? jobSeeker, Links? links) => new(
        caller.IsOffice,
        caller.IsOfficeSocialService,
        links?.ContractId,
        jobSeeker?.Social.CpasOrganisationId == caller.OrganisationId,
        links?.Consents ?? new Dictionary<DataCategory, long>(),
        links?.ReferralId,
        links?.ConsentPurposes);

    private static async Task<IReadOnlyDictionary<long, Links>> FetchAsync(IServiceProvider services, Caller caller, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var db = services.GetRequiredService<PartnersDbContext>();
        var options = services.GetRequiredService<BoundaryOptions>();
        var today = services.GetRequiredService<IClock>().Today;
        var organisation = caller.OrganisationId;
        var cutoff = services.GetRequiredService<IClock>().UtcNow.AddDays(-options.RetentionDays);
        var closed = ClosedStatuses;

        var referrals = await db.Referrals.AsNoTracking()
            .Where(r => ids.Contains(r.JobSeekerId) && r.OperatorOrganisationId == organisation
                && (!closed.Contains(r.Status) || r.UpdatedAt >= cutoff))
            .Join(db.Offers, r => r.OfferId, o => o.Id, (r, o) => new { r.JobSeekerId, o.ContractId, r.Id })
            .ToListAsync(ct);
        var consents = await db.Consents.AsNoTracking()
            .Where(c => ids.Contains(c.JobSeekerId) && c.RecipientOrganisationId == organisation && c.WithdrawnAt == null
                && (c.ExpiresOn == null || c.ExpiresOn >= today))
            .ToListAsync(ct);

        return ids.ToDictionary(id => id, id =>
        {
            var referral = referrals.Where(r => r.JobSeekerId == id).MaxBy(r => r.Id);
            var own = consents.Where(c => c.JobSeekerId == id).OrderByDescending(c => c.Id).ToList();
            return new Links(
                referral?.ContractId,
                own.SelectMany(c => c.Categories.Select(category => (category, c.Id))).GroupBy(x => x.category).ToDictionary(g => g.Key, g => g.First().Id),
                referral?.Id,
                own.ToDictionary(c => c.Id, c => c.Purpose));
        });
    }

    /// <summary>The states after which a referral no longer opens the person's data, once the retention window passed.</summary>
    public static readonly ReferralStatus[] ClosedStatuses =
        [.. Enum.GetValues<ReferralStatus>().Where(ReferralStateMachine.IsClosed)];

    public sealed record Links(long? ContractId, IReadOnlyDictionary<DataCategory, long> Consents, long? ReferralId, IReadOnlyDictionary<long, string> ConsentPurposes);

    private sealed class Mapped(IDataLoaderResult<Links?> inner, Func<Links?, AccessFacts> map) : IDataLoaderResult<AccessFacts>
    {
        public async Task<AccessFacts> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
