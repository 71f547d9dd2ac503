using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Partners.Api.Operations;

/// <summary>
/// The platform's own traces and metrics (source and meter <c>Partners</c>): GraphQL operations by name, outbox
/// batches, subscriptions. Exported with ASP.NET Core's and EF Core's by OTLP when configured
/// (<see cref="TelemetryServiceCollectionExtensions"/>); without a listener they cost next to nothing.
/// </summary>
public static class PartnersTelemetry
{
    public const string Name = "Partners";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Duration of GraphQL operations, tagged with the operation's type and name and whether it failed.</summary>
    public static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
        "partners.graphql.operation.duration", "ms", "Duration of GraphQL operations.");

    /// <summary>Outbox events published on the bus.</summary>
    public static readonly Counter<long> OutboxPublished = Meter.CreateCounter<long>(
        "partners.outbox.published", "{event}", "Outbox events published on the subscription bus.");

    /// <summary>Subscriptions open now.</summary>
    public static readonly UpDownCounter<long> ActiveSubscriptions = Meter.CreateUpDownCounter<long>(
        "partners.subscriptions.active", "{subscription}", "GraphQL subscriptions open now.");

    /// <summary>Events delivered to subscribers (after the subscriber's own rules).</summary>
    public static readonly Counter<long> SubscriptionEventsDelivered = Meter.CreateCounter<long>(
        "partners.subscriptions.delivered", "{event}", "Events delivered to subscribers.");
}
