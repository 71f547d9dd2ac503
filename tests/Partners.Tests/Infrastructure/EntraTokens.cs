using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Partners.Tests.Infrastructure;

/// <summary>
/// Office staff tokens as Entra ID would issue them (v2.0 access tokens), signed with a local test key that
/// <see cref="EntraApiFactory"/> gives the Entra scheme as its tenant's only key: nothing reaches the internet.
/// </summary>
public static class EntraTokens
{
    public const string Instance = "https://login.microsoftonline.com/";
    public const string TenantId = "7d1c2d3e-0000-4000-8000-00000000f0e1";
    public const string OtherTenantId = "11111111-2222-4333-8444-555555555555";
    public const string ApiClientId = "5b0a6a7e-0000-4000-8000-0000000000a1";
    public const string FrontEndClientId = "c0ffee00-0000-4000-8000-0000000000f2";
    public const string PersonId = "9a8b7c6d-0000-4000-8000-000000000001";
    public const string KeyId = "partners-test-entra-key";

    public static readonly RsaSecurityKey SigningKey = new(RSA.Create(2048)) { KeyId = KeyId };

    /// <summary>Same key id, another key: what a forged signature looks like.</summary>
    public static readonly RsaSecurityKey ForgedKey = new(RSA.Create(2048)) { KeyId = KeyId };

    public static string IssuerOf(string tenantId) => $"{Instance}{tenantId}/v2.0";

    /// <summary>All Office scopes but commission: what the app registration lets the front end ask for.</summary>
    public const string AllScopes = "offers:read offers:write referrals:read referrals:write complaints:read complaints:write disputes:read disputes:write consents:write audit:read jobseeker:identity jobseeker:pathway jobseeker:social jobseeker:health";

    public static string Create(
        string[] roles, string? scopes = AllScopes, string? audience = null, string? issuer = null,
        DateTime? expires = null, SecurityKey? key = null, string tenantId = TenantId, string oid = PersonId)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["tid"] = tenantId,
            ["oid"] = oid,
            ["azp"] = FrontEndClientId,
            ["ver"] = "2.0",
            ["name"] = "Agent du Forem",
        };
        if (scopes is not null)
        {
            claims["scp"] = scopes;
        }

        if (roles.Length > 0)
        {
            claims["roles"] = roles;
        }

        var expiry = expires ?? now.AddMinutes(30);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? IssuerOf(tenantId),
            Audience = audience ?? ApiClientId,
            Claims = claims,
            IssuedAt = expiry.AddMinutes(-60),
            NotBefore = expiry.AddMinutes(-60),
            Expires = expiry,
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }
}
