using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.GraphQL.WebSockets;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Subscriptions;

/// <summary>The real host with short WebSocket limits and the fake token authenticator.</summary>
public sealed class WebSocketApiFactory : PartnersApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("GraphQL:WebSockets:ConnectionInitTimeout", "00:00:00.500"),
        new("GraphQL:WebSockets:MaxSubscriptionsPerConnection", "2"),
        new("GraphQL:WebSockets:MaxMessageBytes", "2048"),
        new("GraphQL:WebSockets:MaxConnectionsPerClient", "2"),
        new("GraphQL:WebSockets:CloseTimeout", "00:00:01"),
        // Short, so a test shows a subscription is not cut by the per-request execution timeout.
        new("GraphQL:ExecutionTimeoutSeconds", "3"),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IWebSocketAuthenticator, FakeWebSocketAuthenticator>());
    }
}
