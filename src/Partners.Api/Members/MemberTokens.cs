using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Data.Members;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Partners.Api.Members;

/// <summary>A member's code or refresh token exchanged for new tokens: the refresh token rotates on every use.</summary>
internal static class MemberTokens
{
    public static async Task<IResult> RenewAsync(HttpContext http, PartnersDbContext db)
    {
        var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var users = http.RequestServices.GetRequiredService<UserManager<CommissionMember>>();
        var signIn = http.RequestServices.GetRequiredService<SignInManager<CommissionMember>>();
        var memberId = MemberRegistry.IdOfSubject(result.Principal?.GetClaim(Claims.Subject));
        var member = memberId is null ? null : await users.FindByIdAsync(memberId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (member is null || !await signIn.CanSignInAsync(member) || await users.IsLockedOutAsync(member))
        {
            return TokenEndpoint.Refuse(Errors.InvalidGrant, "The member may no longer sign in.");
        }

        // Claims are rebuilt rather than copied, so a change to the member or the Commission applies at once.
        var principal = await AuthorizationEndpoints.IssueAsync(
            member, result.Principal!.GetScopes(), result.Principal!.GetClaim(PartnersClaims.ClientId) ?? DashboardClient.ClientId, db, http.RequestAborted);
        return principal is null
            ? TokenEndpoint.Refuse(Errors.InvalidGrant, "The Commission is not registered.")
            : Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
