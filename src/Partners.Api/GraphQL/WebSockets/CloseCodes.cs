namespace Partners.Api.GraphQL.WebSockets;

/// <summary>The close codes of <c>graphql-transport-ws</c> (graphql-ws PROTOCOL.md) and the RFC 6455 ones we use.</summary>
public static class CloseCodes
{
    public const int Normal = 1000;
    public const int GoingAway = 1001;
    public const int MessageTooBig = 1009;
    public const int InternalServerError = 4500;
    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int ConnectionInitialisationTimeout = 4408;
    public const int SubscriberAlreadyExists = 4409;
    public const int TooManyInitialisationRequests = 4429;
}
