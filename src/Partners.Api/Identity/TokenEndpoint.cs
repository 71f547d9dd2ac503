using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Partners.Api.Members;
using Partners.Data;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Partners.Api.Identity;

public static class TokenEndpoint
{
    /// <summary>
    /// <c>/connect/token</c>, after OpenIddict has authenticated the client. Client credentials: the token carries
    /// the client's organisation and kind, and the requested scopes cut down to what the client and its kind may
    /// hold. Authorization code and refresh token (the Commission's members): OpenIddict has checked the code, its
    /// PKCE verifier or the refresh token; the member must still be allowed to sign in.
    /// </summary>
    public static IEndpointConventionBuilder MapPartnersTokenEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/connect/token", async (HttpContext http, ClientRegistry clients, PartnersDbContext db) =>
        {
            var request = http.GetOpenIddictServerRequest()
                ?? throw new InvalidOperationException("The OpenIddict server request is missing.");
            if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
            {
                return await MemberTokens.RenewAsync(http, db);
            }

            if (!request.IsClientCredentialsGrantType() || request.ClientId is not { } clientId)
            {
                return Refuse(Errors.UnsupportedGrantType, "Only the client_credentials, authorization_code and refresh_token grants are supported.");
            }

            var organisationId = await clients.OrganisationOfAsync(clientId, http.RequestAborted);
            var organisation = organisationId is null ? null
                : await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId, http.RequestAborted);
            if (organisation is null)
            {
                return Refuse(Errors.InvalidClient, "The client is disabled or belongs to no organisation.");
            }

            var permitted = await clients.PermittedScopesAsync(clientId, http.RequestAborted);
            var ceiling = Scopes.AllowedFor(organisation.Kind);
            var requested = request.GetScopes();
            var scopes = (requested.IsEmpty ? permitted : requested.Where(permitted.Contains)).Where(ceiling.Contains).ToList();

            var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, clientId)
                .SetClaim(PartnersClaims.ClientId, clientId)
                .SetClaim(PartnersClaims.OrganisationId, organisation.Id.ToString(CultureInfo.InvariantCulture))
                .SetClaim(PartnersClaims.OrganisationKind, organisation.Kind.ToString());
            if (organisation.Kind == Partners.Domain.Organisations.OrganisationKind.Office && await clients.IsSocialServiceAsync(clientId, http.RequestAborted))
            {
                identity.SetClaim(PartnersClaims.SocialService, "true");
            }

            identity.SetScopes(scopes);
            identity.SetResources(PartnersIdentityOptions.ApiAudience);
            identity.SetDestinations(_ => [Destinations.AccessToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });

    internal static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
