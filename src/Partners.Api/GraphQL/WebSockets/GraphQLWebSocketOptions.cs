namespace Partners.Api.GraphQL.WebSockets;

/// <summary>The <c>GraphQL:WebSockets</c> configuration section: the limits of the subscription transport.</summary>
public sealed class GraphQLWebSocketOptions
{
    public const string Section = "GraphQL:WebSockets";

    /// <summary>How long a socket may stay open without <c>connection_init</c> before it is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Active operations one connection may hold; an extra <c>subscribe</c> gets an <c>error</c>.</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 20;

    /// <summary>The largest client message, in bytes; a larger one closes the socket with 1009.</summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>Open authenticated connections per OAuth client id; one more is closed with 4429.</summary>
    public int MaxConnectionsPerClient { get; set; } = 10;

    /// <summary>How long the server waits for the client's close frame, or for its operations, before it lets go.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Results of one subscription waiting to be sent; a client reading slower than its events arrive is dropped
    /// with an <c>error</c> (RATE_LIMITED) instead of the server buffering without end.
    /// </summary>
    public int MaxQueuedResults { get; set; } = 100;
}
