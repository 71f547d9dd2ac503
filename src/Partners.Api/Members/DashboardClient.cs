using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using Partners.Api.Commission;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Domain.Organisations;
using static OpenIddict.Abstractions.OpenIddictConstants;
using Scopes = Partners.Api.Identity.Scopes;

namespace Partners.Api.Members;

/// <summary>
/// The Commission's dashboard as an OAuth client: public (a browser keeps no secret), authorization code with
/// PKCE and refresh tokens, redirected only to <c>/commission/</c> on the configured origins, and holding only the
/// Commission's scopes (never a <c>jobseeker:*</c> one). It belongs to the Commission like its machine clients, so
/// what holds for a client holds for it (a subscription runs while its client is enabled; <c>clients disable</c>).
/// </summary>
public static class DashboardClient
{
    public const string ClientId = "commission-dashboard";

    /// <summary>Creates the client, or brings its redirect addresses and permissions up to date.</summary>
    public static async Task EnsureAsync(
        IOpenIddictApplicationManager applications, PartnersDbContext db, IEnumerable<string> origins, CancellationToken cancellationToken)
    {
        var commission = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Commission)
            .Select(o => (long?)o.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException("There is no Commission yet: run `bootstrap` first.");
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "Tableau de bord de la Commission des opérateurs",
        };
        foreach (var origin in origins)
        {
            var redirect = new Uri(new Uri(origin), DashboardPage.Path);
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
        descriptor.Properties[ClientRegistry.OrganisationProperty] = JsonSerializer.SerializeToElement(commission.ToString(CultureInfo.InvariantCulture));

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
