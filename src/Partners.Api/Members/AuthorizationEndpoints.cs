using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Data.Members;
using Partners.Domain.Organisations;
using static OpenIddict.Abstractions.OpenIddictConstants;
using Scopes = Partners.Api.Identity.Scopes;

namespace Partners.Api.Members;

/// <summary>
/// <c>/connect/authorize</c> and <c>/connect/logout</c> for the Commission's members, after OpenIddict has checked
/// the client, its redirect address and the PKCE challenge. The member signs in on the login page; the token then
/// speaks for the Commission, with the member as its user and only the Commission's scopes.
/// </summary>
public static class AuthorizationEndpoints
{
    public static IEndpointRouteBuilder MapMemberAuthorization(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync);
        endpoints.MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], LogoutAsync);
        return endpoints;
    }

    private static async Task<IResult> AuthorizeAsync(
        HttpContext http, UserManager<CommissionMember> users, SignInManager<CommissionMember> signIn, PartnersDbContext db)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenIddict server request is missing.");
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var member = session.Succeeded ? await users.GetUserAsync(session.Principal!) : null;
        if (member is null || !await signIn.CanSignInAsync(member) || await users.IsLockedOutAsync(member))
        {
            // Not signed in (or no longer allowed): the login page, then back here with the same request.
            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + QueryString.Create(request.GetParameters().Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString()))) },
                [IdentityConstants.ApplicationScheme]);
        }

        return await IssueAsync(member, request.GetScopes(), request.ClientId!, db, http.RequestAborted) is { } principal
            ? Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)
            : TokenEndpoint.Refuse(Errors.AccessDenied, "The Commission is not registered.");
    }

    /// <summary>
    /// The principal of a member's tokens: the Commission as organisation, the member as user, the requested scopes
    /// cut down to the Commission's (<c>offline_access</c> besides, for the refresh token). Null without a Commission.
    /// </summary>
    internal static async Task<ClaimsPrincipal?> IssueAsync(
        CommissionMember member, IEnumerable<string> requested, string clientId, PartnersDbContext db, CancellationToken cancellationToken)
    {
        var commission = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Commission)
            .Select(o => (long?)o.Id).FirstOrDefaultAsync(cancellationToken);
        if (commission is null)
        {
            return null;
        }

        var allowed = Scopes.AllowedFor(OrganisationKind.Commission);
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, MemberRegistry.SubjectOf(member))
            .SetClaim(PartnersClaims.ClientId, clientId)
            .SetClaim(PartnersClaims.UserId, MemberRegistry.SubjectOf(member))
            .SetClaim(PartnersClaims.OrganisationId, commission.Value.ToString(CultureInfo.InvariantCulture))
            .SetClaim(PartnersClaims.OrganisationKind, nameof(OrganisationKind.Commission));
        identity.SetScopes(requested.Where(s => allowed.Contains(s) || s == OpenIddictConstants.Scopes.OfflineAccess).Distinct(StringComparer.Ordinal));
        identity.SetResources(PartnersIdentityOptions.ApiAudience);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>Ends the member's sign-in and revokes every token they hold, then returns to the dashboard.</summary>
    private static async Task<IResult> LogoutAsync(HttpContext http, UserManager<CommissionMember> users, MemberRegistry registry)
    {
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (session.Succeeded && await users.GetUserAsync(session.Principal!) is { } member)
        {
            await registry.RevokeTokensAsync(member, http.RequestAborted);
        }

        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        // OpenIddict checks post_logout_redirect_uri against the client's and redirects there.
        return Results.SignOut(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
