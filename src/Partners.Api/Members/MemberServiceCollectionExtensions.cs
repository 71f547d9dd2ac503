using Microsoft.AspNetCore.Identity;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Data.Members;

namespace Partners.Api.Members;

public static class MemberServiceCollectionExtensions
{
    /// <summary>
    /// The Commission's members as people who sign in: ASP.NET Core Identity keeps their accounts in the platform's
    /// database, and its cookie carries the sign-in only between the login page and <c>/connect/authorize</c>.
    /// /graphql never reads that cookie: its default scheme stays the bearer token.
    /// </summary>
    public static IServiceCollection AddCommissionMembers(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(PartnersIdentityOptions.Section).Get<PartnersIdentityOptions>() ?? new PartnersIdentityOptions();
        services.AddIdentityCore<CommissionMember>(identity =>
            {
                // A member is known by an e-mail address, which is also the login.
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = 12;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireDigit = false;
                // Lockout after a run of wrong passwords or second-factor codes, new accounts included.
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = options.MemberMaxFailedAttempts;
                identity.Lockout.DefaultLockoutTimeSpan = options.MemberLockout;
                identity.Stores.MaxLengthForKeys = 128;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<PartnersDbContext>()
            // The authenticator app's second factor (TOTP, RFC 6238); its key is kept in the member's tokens table.
            .AddTokenProvider<AuthenticatorTokenProvider<CommissionMember>>(TokenOptions.DefaultAuthenticatorProvider);

        services.AddAuthentication().AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "partners.member";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(1);
            cookie.SlidingExpiration = false;
            cookie.LoginPath = AccountEndpoints.LoginPath;
            cookie.LogoutPath = "/connect/logout";
            cookie.AccessDeniedPath = AccountEndpoints.LoginPath;
        });
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.Name = "partners.antiforgery");
        services.AddScoped<MemberRegistry>();
        return services;
    }
}
