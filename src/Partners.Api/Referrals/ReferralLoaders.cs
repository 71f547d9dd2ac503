using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.DataLoading;
using Partners.Data;
using Partners.Domain.Offers;
using Partners.Domain.Referrals;

namespace Partners.Api.Referrals;

/// <summary>The batched reads behind a referral's fields: one statement per field for a whole page.</summary>
public static class ReferralLoaders
{
    public static IDataLoaderResult<Offer?> LoadOffer(this IResolveFieldContext context, long id) => context.LoadById<Offer>(id);

    public static IDataLoaderResult<IReadOnlyList<ReferralHistoryEntry>?> LoadReferralHistory(this IResolveFieldContext context, long referralId) =>
        context.GroupLoader<long, ReferralHistoryEntry>("referral-history", async (services, ids, cancellationToken) =>
            (await services.GetRequiredService<PartnersDbContext>().Set<ReferralHistoryEntry>().AsNoTracking()
                .Where(h => ids.Contains(h.ReferralId))
                .OrderBy(h => h.At).ThenBy(h => h.Id)
                .ToListAsync(cancellationToken))
            .ToLookup(h => h.ReferralId))
        .Load(referralId);

    /// <summary>The service events of every referral of a level (a table the referral owns), oldest first, only when selected.</summary>
    public static IDataLoaderResult<IReadOnlyList<ServiceEvent>?> LoadReferralEvents(this IResolveFieldContext context, long referralId) =>
        context.GroupLoader<long, ServiceEvent>("referral-events", async (services, ids, cancellationToken) =>
            (await services.GetRequiredService<PartnersDbContext>().Referrals.AsNoTracking()
                .Where(r => ids.Contains(r.Id))
                .SelectMany(r => r.Events, (r, e) => new { ReferralId = r.Id, Event = e })
                .ToListAsync(cancellationToken))
            .OrderBy(x => x.Event.ReportedAt).ThenBy(x => x.Event.Id)
            .ToLookup(x => x.ReferralId, x => x.Event))
        .Load(referralId);

    /// <summary>The referrals of each job seeker of a page that the caller may see, newest first.</summary>
    public static IDataLoaderResult<IReadOnlyList<Referral>?> LoadVisibleReferralsOf(this IResolveFieldContext context, long jobSeekerId)
    {
        var caller = context.Caller();
        return context.GroupLoader<long, Referral>("job-seeker-referrals", async (services, ids, cancellationToken) =>
            (await services.GetRequiredService<PartnersDbContext>().Referrals.AsNoTracking()
                .VisibleTo(caller)
                .Where(r => ids.Contains(r.JobSeekerId))
                .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.JobSeekerId))
        .Load(jobSeekerId);
    }
}
