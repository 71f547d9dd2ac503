using GraphQL;
using Partners.Api.Localization;

namespace Partners.Api.GraphQL.WebSockets;

/// <summary>The singletons every connection needs, gathered so a connection is built with one argument.</summary>
public sealed record GraphQLWebSocketServices(
    GraphQLWebSocketOptions Options,
    IGraphQLTextSerializer Serializer,
    IWebSocketAuthenticator Authenticator,
    WebSocketConnectionRegistry Registry,
    SharedSubscriptions Subscriptions,
    IServiceScopeFactory ScopeFactory,
    Messages Messages,
    TimeProvider TimeProvider,
    ILogger<GraphQLWebSocketConnection> Logger);
