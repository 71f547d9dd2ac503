namespace Partners.Api.Identity.Entra;

/// <summary>
/// The <c>Identity:Entra</c> section, in Microsoft.Identity.Web's AzureAd shape: the Office's Entra ID tenant and
/// the app registration of this API. Left empty, staff tokens are not accepted and only OpenIddict's are.
/// </summary>
public sealed class EntraOptions
{
    public const string Section = "Identity:Entra";

    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    public string? TenantId { get; set; }

    /// <summary>The API's app registration (the audience of v2 tokens; <c>api://{ClientId}</c> is accepted too).</summary>
    public string? ClientId { get; set; }

    /// <summary>Optional: another audience the app registration's Application ID URI gives its tokens.</summary>
    public string? Audience { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>
    /// Whether a token's (still unvalidated) issuer belongs to Entra ID, any tenant: such tokens go to the Entra
    /// scheme, whose validation then refuses every tenant but ours.
    /// </summary>
    public bool IsEntraIssuer(string issuer) =>
        issuer.StartsWith(Instance.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase)
        || issuer.StartsWith(V1IssuerPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The issuers of our tenant's tokens: v2.0 (<c>{Instance}{TenantId}/v2.0</c>) and v1.0.</summary>
    public IReadOnlyList<string> Issuers => [$"{Instance.TrimEnd('/')}/{TenantId}/v2.0", $"{V1IssuerPrefix}{TenantId}/"];

    /// <summary>The issuer of v1.0 access tokens (v2.0 ones use <c>{Instance}{TenantId}/v2.0</c>).</summary>
    public const string V1IssuerPrefix = "https://sts.windows.net/";
}
