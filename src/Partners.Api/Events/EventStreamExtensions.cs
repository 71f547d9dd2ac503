using GraphQL;
using Partners.Api.GraphQL;
using Partners.Api.Identity;

namespace Partners.Api.Events;

/// <summary>The one call a subscription field makes: <c>.ResolveStream(context => context.EventStream(topic, loader))</c>.</summary>
public static class EventStreamExtensions
{
    /// <summary>
    /// The root resolver of an event subscription field: the event object, with the request's data loaders cleared
    /// first, so nothing read for an earlier event (a withdrawn consent, a closed referral) decides this one.
    /// </summary>
    public static T ResolveEvent<T>(this global::GraphQL.IResolveFieldContext context)
    {
        context.Service<Partners.Api.GraphQL.DataLoading.DataLoaders>().Clear();
        return (T)context.Source!;
    }

    /// <summary>
    /// The events of <paramref name="topic"/> for the calling subscriber, each loaded by <paramref name="loader"/> at
    /// delivery time. By default only events naming the subscriber's organisation are loaded; pass
    /// <paramref name="concerns"/> (e.g. <see cref="EventFilters.Everyone"/> for the Commission's feed) to widen it.
    /// </summary>
    public static IObservable<T?> EventStream<T>(
        this IResolveFieldContext context, string topic, EventLoader<T> loader, Func<Caller, EventEnvelope, bool>? concerns = null)
        where T : class
    {
        // The field's access rule (RequireScope…) refuses at subscribe time: a caller without it gets one FORBIDDEN
        // and no stream, rather than an error for every event of a feed it may not read.
        if (context.FieldDefinition.AccessRuleOf()?.Check(context.Partners().Caller) is { } refusal)
        {
            throw Partners.Api.GraphQL.Errors.PartnersError.Execution(context, refusal.Code, refusal.MessageKey, refusal.Argument);
        }

        // What the stream sends depends on the subscriber's audience and the document alone: subscribers sharing both
        // share one execution per event (SharedSubscriptions).
        context.Partners().StreamsEvents = true;
        return new EventStream<T>(
            context.Service<EventStreamServices>(),
            context.Caller(),
            context.Partners().Language,
            topic,
            concerns ?? EventFilters.OwnOrganisation,
            loader);
    }
}

/// <summary>Pre-filters on the envelope alone, before any loading.</summary>
public static class EventFilters
{
    public static bool OwnOrganisation(Caller subscriber, EventEnvelope envelope) => envelope.Concerns(subscriber.OrganisationId);

    public static bool Everyone(Caller subscriber, EventEnvelope envelope) => true;
}
