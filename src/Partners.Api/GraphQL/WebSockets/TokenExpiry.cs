using System.Globalization;
using System.Security.Claims;

namespace Partners.Api.GraphQL.WebSockets;

/// <summary>
/// When the connection's token expires: <c>exp</c> (Unix seconds, JWT bearer and Entra ID) or OpenIddict's
/// <c>oi_exp_dt</c> (an RFC 1123 date), whichever the validating scheme left on the principal.
/// </summary>
public static class TokenExpiry
{
    public const string ExpiresAt = "exp";
    public const string OpenIddictExpirationDate = "oi_exp_dt";

    public static DateTimeOffset? Read(ClaimsPrincipal principal)
    {
        if (long.TryParse(principal.FindFirstValue(ExpiresAt), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        return DateTimeOffset.TryParse(principal.FindFirstValue(OpenIddictExpirationDate), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
    }
}
