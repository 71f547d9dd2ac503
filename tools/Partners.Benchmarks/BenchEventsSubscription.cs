using GraphQL.Types;
using Partners.Api.Events;
using Partners.Api.GraphQL;
using Partners.Api.Identity;

namespace Partners.Benchmarks;

/// <summary>
/// The default subscription while no production one exists: <c>benchEvents</c> streams the <c>bench</c> topic
/// through the same helper features use. Added to the benchmark's host only.
/// </summary>
public sealed class BenchEventsSubscription : ISubscriptionFields
{
    public const string Topic = "bench";
    public const string Document = "subscription { benchEvents }";

    public void AddTo(SubscriptionType subscription) =>
        subscription.Field<NonNullGraphType<StringGraphType>, string>("benchEvents")
            .Description("Benchmark only: the bench topic's events for the subscriber's organisation.")
            .AuthorizeAuthenticated()
            .Resolve(context => (string)context.Source!)
            .ResolveStream(context => context.EventStream<string>(Topic, (_, _, e, _) => Task.FromResult<string?>(e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
}
