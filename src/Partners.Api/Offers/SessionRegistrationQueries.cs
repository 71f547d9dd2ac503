using GraphQL;
using GraphQL.DataLoader;
using Partners.Api.GraphQL.DataLoading;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Api.JobSeekers;
using Partners.Data;
using Partners.Domain.Offers;

namespace Partners.Api.Offers;

public sealed record SessionRegistrationFilter(
    string? OfferId, string? SessionId, string? JobSeekerId, bool? Active, SessionKind? SessionKind, DateRange? SessionStartsAt,
    IReadOnlyList<SessionRegistrationFilter>? And, IReadOnlyList<SessionRegistrationFilter>? Or)
    : ICombinedFilter<SessionRegistrationFilter>;

public sealed class SessionRegistrationFilterType : FilterType<SessionRegistrationFilter, SessionRegistrationFilterType>
{
    public SessionRegistrationFilterType()
        : base("SessionRegistrationFilter", "Filters of the registrations for information sessions and intakes (art. 10 3°).")
    {
        Field<IdGraphType>("offerId").Description("Only registrations for this offer's sessions.");
        Field<IdGraphType>("sessionId").Description("Only registrations for this session (an `InformationSession` id).");
        Field<IdGraphType>("jobSeekerId").Description("Only this person's registrations.");
        Field<BooleanGraphType>("active").Description("True: only those that hold a seat; false: only cancelled ones.");
        Field<SessionKindType>("sessionKind").Description("Only information sessions, or only intakes.");
        Field<DateRangeType>("sessionStartsAt").Description("Only sessions starting on these days.");
        Combinable();
    }
}

/// <summary>
/// Registrations for sessions are read by the Office (it steers every person's accompaniment, art. 4) and by the
/// organisation that runs the offer (it receives the people registered, art. 14 3°). A registration says that a person
/// is accompanied and where she goes: to another operator or the Commission it does not exist (not found, not counted),
/// and its person's categories are guarded as everywhere (<see cref="JobSeekerNode"/>).
/// </summary>
public sealed class SessionRegistrationQueries : IQueryFields, INodeResolver
{
    public static readonly AccessRule Readers = AccessRule.Scope(Scopes.ReferralsRead);

    public string TypeName => SessionRegistrationNode.TypeName;

    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<ConnectionType<SessionRegistrationNode, SessionRegistration>>>("sessionRegistrations")
            .Description("Registrations for information sessions and intakes (art. 10 3°, 14 3°): every one for the Office, those of its own offers for an operator; soonest session first.")
            .Arguments(Paging.Arguments(
                new QueryArgument<SessionRegistrationFilterType> { Name = "where", Description = "Filters." },
                Ordering.Argument<SessionRegistrationSortType>("soonest session first")))
            .Authorize(Readers)
            .ResolveAsync(async context => await SessionRegistrationOrdering.Sorting.Apply(Filters.Apply(Visible(context), context), context).ToConnectionAsync(context));

    public async Task<object?> ResolveAsync(IResolveFieldContext context, long key) =>
        Readers.Check(context.Caller()) is null ? await Visible(context).FirstOrDefaultAsync(r => r.Id == key, context.CancellationToken) : null;

    public static IQueryable<SessionRegistration> VisibleTo(IQueryable<SessionRegistration> registrations, Caller caller)
    {
        var me = caller.OrganisationId;
        return caller.IsOffice ? registrations : registrations.Where(r => r.OperatorOrganisationId == me);
    }

    private static IQueryable<SessionRegistration> Visible(IResolveFieldContext context) =>
        VisibleTo(context.Service<PartnersDbContext>().SessionRegistrations.AsNoTracking(), context.Caller());

    /// <summary>The registrations' <c>where</c> (SessionRegistrationFilter).</summary>
    private static readonly Filtering<SessionRegistration, SessionRegistrationFilter> Filters = new Filtering<SessionRegistration, SessionRegistrationFilter>()
        .IsId(f => f.OfferId, OfferNode.TypeName, r => r.OfferId)
        .IsId(f => f.SessionId, InformationSessionType.TypeName, r => r.InformationSessionId)
        .IsId(f => f.JobSeekerId, JobSeekerNode.TypeName, r => r.JobSeekerId)
        .On(f => f.Active switch
        {
            true => r => r.CancelledAt == null,
            false => r => r.CancelledAt != null,
            null => null,
        })
        .Is(f => f.SessionKind, r => r.SessionKind)
        .Within(f => f.SessionStartsAt, r => r.SessionStartsAt);
}

public enum SessionRegistrationSortField
{
    SessionStartsAt,
    RegisteredAt,
}

public sealed class SessionRegistrationSortType() : SortType<SessionRegistrationSortField, SessionRegistrationSortFieldType>("SessionRegistration", "registrations for sessions");

public sealed class SessionRegistrationSortFieldType() : DescribedEnumType<SessionRegistrationSortField>(
    "SessionRegistrationSortField",
    "What the registrations list may be sorted on.",
    ("SESSION_STARTS_AT", "When the session starts."),
    ("REGISTERED_AT", "When the person was registered."));

/// <summary>The registrations' sort keys (soonest session first when none is given), the id last for stable cursors.</summary>
public static class SessionRegistrationOrdering
{
    public static readonly Sorting<SessionRegistration, SessionRegistrationSortField> Sorting =
        new Sorting<SessionRegistration, SessionRegistrationSortField>([new(SessionRegistrationSortField.SessionStartsAt, SortDirection.Asc)], r => r.Id)
            .By(SessionRegistrationSortField.SessionStartsAt, r => r.SessionStartsAt)
            .By(SessionRegistrationSortField.RegisteredAt, r => r.RegisteredAt);
}

public static class SessionRegistrationLoaders
{
    /// <summary>Seats held by active registrations, per session of a page of offers, in one statement.</summary>
    public static IDataLoaderResult<int> LoadSeatsTaken(this IResolveFieldContext context, long sessionId) =>
        context.GroupLoader<long, long>("session-seats-taken", async (services, ids, ct) =>
                (await services.GetRequiredService<PartnersDbContext>().SessionRegistrations.AsNoTracking()
                    .Where(r => ids.Contains(r.InformationSessionId) && r.CancelledAt == null).Select(r => r.InformationSessionId).ToListAsync(ct))
                .ToLookup(id => id))
            .Load(sessionId).Map(rows => rows?.Count ?? 0);
}
