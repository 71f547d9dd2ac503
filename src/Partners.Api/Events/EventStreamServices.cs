using Partners.Api.Localization;

namespace Partners.Api.Events;

/// <summary>What every <see cref="EventStream{T}"/> needs, resolved once.</summary>
public sealed class EventStreamServices(
    IEventBus bus,
    IServiceScopeFactory scopes,
    SubscriptionsOptions options,
    Messages messages,
    ILogger<EventStreamServices> logger,
    EventLoads loads)
{
    public EventLoads Loads { get; } = loads;

    public IEventBus Bus { get; } = bus;

    public IServiceScopeFactory Scopes { get; } = scopes;

    public SubscriptionsOptions Options { get; } = options;

    public Messages Messages { get; } = messages;

    public ILogger Logger { get; } = logger;
}
