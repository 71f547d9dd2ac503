using Microsoft.Extensions.DependencyInjection.Extensions;
using Partners.Api.GraphQL.Http;

namespace Partners.Api.GraphQL.WebSockets;

public static class WebSocketServiceCollectionExtensions
{
    /// <summary>
    /// Subscriptions (and queries, mutations) over <c>graphql-transport-ws</c> on <c>/graphql</c>, limited by the
    /// <c>GraphQL:WebSockets</c> section. The authenticator is replaceable (TryAdd) so tests can stub it.
    /// </summary>
    public static IServiceCollection AddPartnersWebSockets(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(GraphQLWebSocketOptions.Section).Get<GraphQLWebSocketOptions>() ?? new GraphQLWebSocketOptions();
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IWebSocketAuthenticator, AuthenticationSchemeWebSocketAuthenticator>();
        services.AddSingleton<WebSocketConnectionRegistry>();
        services.AddSingleton<SharedSubscriptions>();
        services.AddSingleton<GraphQLWebSocketServices>();
        services.AddSingleton<IGraphQLWebSocketHandler, GraphQLWebSocketHandler>();
        return services;
    }
}
