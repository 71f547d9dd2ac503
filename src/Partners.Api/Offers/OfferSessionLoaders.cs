using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL.DataLoading;
using Partners.Data;
using Partners.Domain.Offers;

namespace Partners.Api.Offers;

/// <summary>
/// The sessions and information sessions of every offer a level asks for, one statement each and only when
/// selected: an offer is read without its owned tables (<see cref="EntityColumns"/>), never as their cross product.
/// </summary>
public static class OfferSessionLoaders
{
    public static IDataLoaderResult<IReadOnlyList<OfferSession>?> LoadSessionsOf(this IResolveFieldContext context, long offerId) =>
        context.GroupLoader<long, OfferSession>("offer-sessions", async (services, ids, cancellationToken) =>
            (await services.GetRequiredService<PartnersDbContext>().Offers.AsNoTracking()
                .Where(o => ids.Contains(o.Id))
                .SelectMany(o => o.Sessions, (o, s) => new { OfferId = o.Id, Session = s })
                .ToListAsync(cancellationToken))
            .OrderBy(x => x.Session.StartsAt).ThenBy(x => x.Session.Id)
            .ToLookup(x => x.OfferId, x => x.Session))
        .Load(offerId);

    public static IDataLoaderResult<IReadOnlyList<InformationSession>?> LoadInformationSessionsOf(this IResolveFieldContext context, long offerId) =>
        context.GroupLoader<long, InformationSession>("offer-information-sessions", async (services, ids, cancellationToken) =>
            (await services.GetRequiredService<PartnersDbContext>().Offers.AsNoTracking()
                .Where(o => ids.Contains(o.Id))
                .SelectMany(o => o.InformationSessions, (o, s) => new { OfferId = o.Id, Session = s })
                .ToListAsync(cancellationToken))
            .OrderBy(x => x.Session.StartsAt).ThenBy(x => x.Session.Id)
            .ToLookup(x => x.OfferId, x => x.Session))
        .Load(offerId);
}
