namespace Partners.Api.Identity;

/// <summary>The claims the platform reads from a validated access token, whichever scheme issued it.</summary>
public static class PartnersClaims
{
    public const string OrganisationId = "org_id";
    public const string OrganisationKind = "org_kind";
    public const string ClientId = "client_id";
    public const string UserId = "user_id";
    public const string Role = "role";

    /// <summary>"true" on the tokens of an Office client registered as the Office's social service.</summary>
    public const string SocialService = "social_service";

    /// <summary>OpenIddict's private scope claim, one per granted scope.</summary>
    public const string OpenIddictScope = "oi_scp";

    /// <summary>The space-separated scope claim of OAuth 2 (and <c>scp</c>, Entra ID's name for it).</summary>
    public const string Scope = "scope";
    public const string EntraScope = "scp";
}
