using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Partners.Data;
using Partners.Domain.Organisations;

namespace Partners.Api.Identity.Entra;

/// <summary>
/// Turns a validated Entra ID staff token into the claims every other token carries (org_id, org_kind, client_id,
/// user_id, scope, role), so <see cref="Caller.FromPrincipal"/> and everything after it need not know Entra. The
/// principal is replaced, not extended: Entra's own <c>scp</c> and <c>roles</c> must not leak past the mapping.
/// </summary>
internal static class StaffTokenMapper
{
    public static async Task MapAsync(TokenValidatedContext context)
    {
        var token = context.Principal!;
        var clientId = token.FindFirstValue("azp") ?? token.FindFirstValue("appid");
        var userId = token.FindFirstValue("oid");
        var delegated = token.FindFirstValue("scp");
        if (clientId is null || userId is null || delegated is null)
        {
            // App-only Entra tokens carry no scp: machines use OpenIddict clients, Entra is for people.
            context.Fail("A staff token names its client (azp), its person (oid) and its delegated scopes (scp).");
            return;
        }

        // The decree knows one Office: it is found by its kind, so no id differs between environments.
        var offices = await context.HttpContext.RequestServices.GetRequiredService<PartnersDbContext>().Organisations
            .AsNoTracking().Where(o => o.Kind == OrganisationKind.Office).Select(o => o.Id).Take(2)
            .ToListAsync(context.HttpContext.RequestAborted);
        if (offices.Count != 1)
        {
            context.Fail("The network must hold exactly one organisation of kind Office.");
            return;
        }

        var roles = token.FindAll("roles").Select(c => c.Value).Where(StaffScopes.Roles.Contains).Distinct(StringComparer.Ordinal).ToList();
        var scopes = delegated.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(Scopes.AllowedFor(OrganisationKind.Office).Contains)
            .Where(StaffScopes.For(roles).Contains)
            .Distinct(StringComparer.Ordinal);

        var identity = new ClaimsIdentity(context.Scheme.Name, PartnersClaims.UserId, PartnersClaims.Role);
        identity.AddClaim(new Claim(PartnersClaims.OrganisationId, offices[0].ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(PartnersClaims.OrganisationKind, nameof(OrganisationKind.Office)));
        identity.AddClaim(new Claim(PartnersClaims.ClientId, clientId));
        identity.AddClaim(new Claim(PartnersClaims.UserId, userId));
        identity.AddClaim(new Claim(PartnersClaims.Scope, string.Join(' ', scopes)));
        identity.AddClaims(roles.Select(r => new Claim(PartnersClaims.Role, r)));
        context.Principal = new ClaimsPrincipal(identity);
    }
}
