namespace Partners.Api.GraphQL.Http;

public static class GraphQLEndpointRouteBuilderExtensions
{
    public const string Path = "/graphql";

    /// <summary>Maps <c>/graphql</c>: WebSocket upgrades go to the subscription handler, everything else to HTTP.</summary>
    public static IEndpointConventionBuilder MapPartnersGraphQL(this IEndpointRouteBuilder endpoints) =>
        endpoints.Map(Path, async context =>
        {
            if (context.WebSockets.IsWebSocketRequest && context.RequestServices.GetService<IGraphQLWebSocketHandler>() is { } sockets)
            {
                await sockets.HandleAsync(context);
                return;
            }

            await context.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(context);
        });
}

/// <summary>The <c>graphql-transport-ws</c> side of <c>/graphql</c>.</summary>
public interface IGraphQLWebSocketHandler
{
    Task HandleAsync(HttpContext context);
}
