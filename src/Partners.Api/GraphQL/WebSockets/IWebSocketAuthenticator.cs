using System.Security.Claims;

namespace Partners.Api.GraphQL.WebSockets;

/// <summary>
/// Turns the <c>authorization</c> value of <c>connection_init</c> into a principal: null means the token is not
/// valid (the socket is closed with 4403). Only called when the client sent a value.
/// </summary>
public interface IWebSocketAuthenticator
{
    Task<ClaimsPrincipal?> AuthenticateAsync(string? authorization, HttpContext http, CancellationToken ct);
}
