using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Partners.Api.Events;

public static class EventServiceCollectionExtensions
{
    /// <summary>
    /// The event pipeline: the outbox dispatcher, the bus (in-memory, or Redis with <c>Subscriptions:Provider</c>)
    /// and what subscription fields need to stream events.
    /// </summary>
    public static IServiceCollection AddPartnersEvents(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SubscriptionsOptions.Section).Get<SubscriptionsOptions>() ?? new SubscriptionsOptions();
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<InMemoryEventBus>();
        if (options.Provider == EventBusProvider.Redis)
        {
            services.AddSingleton<RedisEventBus>();
            services.AddSingleton<IEventBus>(provider => provider.GetRequiredService<RedisEventBus>());
        }
        else
        {
            services.AddSingleton<IEventBus>(provider => provider.GetRequiredService<InMemoryEventBus>());
        }

        services.AddSingleton<ClientStatus>();
        services.AddSingleton<EventLoads>();
        services.AddSingleton<EventStreamServices>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxDispatcher>());
        return services;
    }
}
