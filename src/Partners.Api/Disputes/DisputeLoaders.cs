using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.DataLoading;
using Partners.Api.Referrals;
using Partners.Data;
using Partners.Domain.Referrals;

namespace Partners.Api.Disputes;

/// <summary>The batched reads behind a dispute's fields: one statement for a whole page.</summary>
public static class DisputeLoaders
{
    /// <summary>The referrals each dispute of a page is about, among those the caller may see, oldest first.</summary>
    public static IDataLoaderResult<IReadOnlyList<Referral>?> LoadDisputeReferrals(this IResolveFieldContext context, long disputeId)
    {
        var caller = context.Caller();
        return context.GroupLoader<long, Referral>("dispute-referrals", async (services, ids, cancellationToken) =>
        {
            var db = services.GetRequiredService<PartnersDbContext>();
            var rows = await db.Disputes.AsNoTracking()
                .Where(d => ids.Contains(d.Id))
                .SelectMany(d => d.Referrals)
                .Select(r => new { DisputeId = EF.Property<long>(r, "DisputeId"), r.ReferralId })
                .Join(db.Referrals.AsNoTracking().VisibleTo(caller), x => x.ReferralId, r => r.Id, (x, r) => new { x.DisputeId, Referral = r })
                .OrderBy(x => x.Referral.Id)
                .ToListAsync(cancellationToken);
            return rows.ToLookup(x => x.DisputeId, x => x.Referral);
        }).Load(disputeId);
    }
}
