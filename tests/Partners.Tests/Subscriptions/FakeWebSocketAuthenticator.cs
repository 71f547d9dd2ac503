using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Partners.Api.GraphQL.WebSockets;
using Partners.Api.Identity;

namespace Partners.Tests.Subscriptions;

/// <summary>
/// Test-only: "Bearer test-{orgId}-{kind}-{clientId}[-{seconds until exp}]" becomes a principal with the claims
/// <see cref="Caller.FromPrincipal"/> reads; anything else is an invalid token. Real tokens come with the identity work.
/// </summary>
public sealed class FakeWebSocketAuthenticator : IWebSocketAuthenticator
{
    /// <summary>A token that makes the authenticator fail, as an unreachable token endpoint would.</summary>
    public const string Failing = "Bearer boom";

    public Task<ClaimsPrincipal?> AuthenticateAsync(string? authorization, HttpContext http, CancellationToken ct)
    {
        if (authorization == Failing)
        {
            throw new InvalidOperationException("The authenticator failed.");
        }

        var parts = authorization?.StartsWith("Bearer test-", StringComparison.Ordinal) == true
            ? authorization["Bearer ".Length..].Split('-')
            : [];
        if (parts.Length is not (4 or 5))
        {
            return Task.FromResult<ClaimsPrincipal?>(null);
        }

        var claims = new List<Claim>
        {
            new(PartnersClaims.OrganisationId, parts[1]),
            new(PartnersClaims.OrganisationKind, parts[2]),
            new(PartnersClaims.ClientId, parts[3]),
        };
        if (parts.Length == 5)
        {
            var exp = DateTimeOffset.UtcNow.AddSeconds(int.Parse(parts[4], CultureInfo.InvariantCulture)).ToUnixTimeSeconds();
            claims.Add(new Claim("exp", exp.ToString(CultureInfo.InvariantCulture)));
        }

        return Task.FromResult<ClaimsPrincipal?>(new ClaimsPrincipal(new ClaimsIdentity(claims, "Test")));
    }
}
