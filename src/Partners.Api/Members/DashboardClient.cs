using OpenIddict.Abstractions;
using Partners.Api.Identity;
using Partners.Domain.Organisations;
using static OpenIddict.Abstractions.OpenIddictConstants;
using Scopes = Partners.Api.Identity.Scopes;

namespace Partners.Api.Members;

/// <summary>
/// The Commission's dashboard as an OAuth client: public (a browser keeps no secret), authorization code with
/// PKCE and refresh tokens, redirected only to <c>/commission/</c> on the configured origins, and holding only the
/// Commission's scopes (never a <c>jobseeker:*</c> one).
/// </summary>
public static class DashboardClient
{
    public const string ClientId = "commission-dashboard";
    public const string Path = "/commission/";

    /// <summary>Creates the client, or brings its redirect addresses and permissions up to date.</summary>
    public static async Task EnsureAsync(IOpenIddictApplicationManager applications, IEnumerable<string> origins, CancellationToken cancellationToken)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "Tableau de bord de la Commission des opérateurs",
        };
        foreach (var origin in origins)
        {
            var redirect = new Uri(new Uri(origin), Path);
            descriptor.RedirectUris.Add(redirect);
            descriptor.PostLogoutRedirectUris.Add(redirect);
        }

        descriptor.Permissions.UnionWith(
        [
            Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
            Permissions.Endpoints.Revocation, Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
            Permissions.ResponseTypes.Code,
        ]);
        descriptor.Permissions.UnionWith(Scopes.AllowedFor(OrganisationKind.Commission).Select(scope => Permissions.Prefixes.Scope + scope));
        descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);

        var existing = await applications.FindByClientIdAsync(ClientId, cancellationToken);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
        else
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
    }
}
