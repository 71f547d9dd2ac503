using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL.DataLoading;
using Partners.Api.GraphQL.Relay;
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

/// <summary>The <c>where</c> of an offer's <c>sessions</c> and <c>informationSessions</c>, applied to the page's children in memory.</summary>
public sealed record SessionFilter(DateRange? StartsAt, IReadOnlyList<SessionFilter>? And, IReadOnlyList<SessionFilter>? Or)
    : ICombinedFilter<SessionFilter>;

public sealed class SessionFilterType : FilterType<SessionFilter, SessionFilterType>
{
    public SessionFilterType()
        : base("SessionFilter", "Filters of an offer's dated sessions (calendrier, art. 11 5° b) or information sessions (art. 10 3°).")
    {
        Field<DateRangeType>("startsAt").Description("Only sessions starting on these days (UTC), e.g. those still to come: `{ gte: \"<today>\" }`.");
        Combinable();
    }
}

public static class SessionFiltering
{
    public static readonly Filtering<OfferSession, SessionFilter> Calendar = new Filtering<OfferSession, SessionFilter>().Within(f => f.StartsAt, s => s.StartsAt);

    public static readonly Filtering<InformationSession, SessionFilter> Information = new Filtering<InformationSession, SessionFilter>().Within(f => f.StartsAt, s => s.StartsAt);
}
