using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.Net.Http.Headers;

namespace Partners.Api.Identity.Entra;

/// <summary>
/// Chooses the scheme that validates a bearer token from its issuer, read without validation (the chosen scheme
/// validates everything, issuer included). Entra ID's issuers go to the Entra scheme; anything else, including
/// OpenIddict's encrypted tokens whose claims cannot be read here, goes to OpenIddict's validation.
/// </summary>
public static class IssuerSchemeSelector
{
    public static string Select(HttpContext http, EntraOptions entra, string entraScheme, string defaultScheme)
    {
        var header = http.Request.Headers[HeaderNames.Authorization].ToString();
        const string prefix = "Bearer ";
        if (!header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return defaultScheme;
        }

        var token = header[prefix.Length..].Trim();
        var handler = new JsonWebTokenHandler();
        if (!handler.CanReadToken(token))
        {
            return defaultScheme;
        }

        try
        {
            var jwt = handler.ReadJsonWebToken(token);
            return !jwt.IsEncrypted && !string.IsNullOrEmpty(jwt.Issuer) && entra.IsEntraIssuer(jwt.Issuer) ? entraScheme : defaultScheme;
        }
        catch (ArgumentException)
        {
            // Unreadable: let OpenIddict refuse it the usual way.
            return defaultScheme;
        }
    }
}
