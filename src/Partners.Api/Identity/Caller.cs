using System.Globalization;
using System.Security.Claims;
using Partners.Domain.Common;
using Partners.Domain.Organisations;
using Partners.Domain.Referrals;

namespace Partners.Api.Identity;

/// <summary>
/// Who is calling: the organisation and its kind (from the token, never from an argument), the OAuth client, the
/// person if any, the granted scopes and, for Office staff, their roles.
/// </summary>
public sealed record Caller(
    long OrganisationId,
    OrganisationKind OrganisationKind,
    string ClientId,
    string? UserId,
    IReadOnlySet<string> Scopes,
    IReadOnlySet<string> Roles,
    bool RegisteredAsSocialService = false)
{
    public static Caller? FromPrincipal(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var organisationId = principal.FindFirstValue(PartnersClaims.OrganisationId);
        var kind = principal.FindFirstValue(PartnersClaims.OrganisationKind);
        var clientId = principal.FindFirstValue(PartnersClaims.ClientId);
        if (!long.TryParse(organisationId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || !Enum.TryParse<OrganisationKind>(kind, ignoreCase: false, out var organisationKind)
            || string.IsNullOrEmpty(clientId))
        {
            return null;
        }

        var scopes = principal.FindAll(PartnersClaims.OpenIddictScope).Select(c => c.Value)
            .Concat(principal.FindAll(PartnersClaims.Scope).Concat(principal.FindAll(PartnersClaims.EntraScope))
                .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ToHashSet(StringComparer.Ordinal);
        var roles = principal.FindAll(PartnersClaims.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

        // The kind's ceiling applies again here: a token can never carry more than its organisation may hold.
        scopes.IntersectWith(Identity.Scopes.AllowedFor(organisationKind));
        return new Caller(id, organisationKind, clientId, principal.FindFirstValue(PartnersClaims.UserId), scopes, roles,
            principal.FindFirstValue(PartnersClaims.SocialService) == "true");
    }

    public bool HasScope(string scope) => Scopes.Contains(scope);

    /// <summary>The caller as the domain's actor: organisation, kind, client and person from the token, never from an argument.</summary>
    public NetworkActor Actor => new(OrganisationId, OrganisationKind, ClientId, UserId);

    /// <summary>The same actor as the referral workflow records it (the parties are organisations: no kind).</summary>
    public ReferralActor ReferralActor => new(OrganisationId, ClientId, UserId);

    /// <summary>
    /// Everything that decides what this caller may read, and nothing else: the organisation and its kind, the person,
    /// the scopes, the roles and the social-service registration; not the OAuth client's id. Callers with the same
    /// audience see the same thing (an event's load and its executed result are shared by them); the access log still
    /// names each one's client.
    /// </summary>
    public string Audience => string.Join('|',
        OrganisationId.ToString(CultureInfo.InvariantCulture), OrganisationKind, UserId, RegisteredAsSocialService ? "social-service" : string.Empty,
        string.Join(' ', Scopes.Order(StringComparer.Ordinal)), string.Join(' ', Roles.Order(StringComparer.Ordinal)));

    public bool IsOffice => OrganisationKind == OrganisationKind.Office;

    /// <summary>
    /// The Office's social service (HEALTH, domain.md): an Office person with that role, or an Office machine client
    /// registered as the social service (<c>clients register --social-service</c>). Other Office clients are not.
    /// </summary>
    public bool IsOfficeSocialService => IsOffice && (UserId is null ? RegisteredAsSocialService : Roles.Contains(StaffRoles.SocialService));
}
