using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Net.Http.Headers;

namespace Partners.Api.GraphQL.WebSockets;

/// <summary>
/// Validates the token with the host's default authentication scheme, exactly as an HTTP request's
/// <c>Authorization</c> header would be: browsers cannot set headers on a WebSocket, hence the payload.
/// </summary>
public sealed class AuthenticationSchemeWebSocketAuthenticator(IAuthenticationSchemeProvider schemes) : IWebSocketAuthenticator
{
    public async Task<ClaimsPrincipal?> AuthenticateAsync(string? authorization, HttpContext http, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(authorization) || await schemes.GetDefaultAuthenticateSchemeAsync() is not { } scheme)
        {
            return null;
        }

        // A fresh context so the handler sees only this token, not the upgrade request's headers or user; and a
        // fresh scope, since the scoped handler provider caches handlers bound to the upgrade request.
        await using var scope = http.RequestServices.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Scheme = http.Request.Scheme;
        context.Request.Host = http.Request.Host;
        context.Request.Path = http.Request.Path;
        context.Request.Headers[HeaderNames.Authorization] = authorization;
        context.RequestAborted = ct;
        // As the authentication middleware does: a request handler (OpenIddict's) first sets up its transaction.
        var handlers = scope.ServiceProvider.GetRequiredService<IAuthenticationHandlerProvider>();
        if (await handlers.GetHandlerAsync(context, scheme.Name) is IAuthenticationRequestHandler requestHandler
            && await requestHandler.HandleRequestAsync())
        {
            return null;
        }

        var result = await context.AuthenticateAsync(scheme.Name);
        return result.Succeeded ? result.Principal : null;
    }
}
