using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Identity.Web;
using OpenIddict.Validation.AspNetCore;

namespace Partners.Api.Identity.Entra;

public static class EntraAuthentication
{
    /// <summary>Validates Office staff tokens issued by Entra ID (Microsoft.Identity.Web).</summary>
    public const string Scheme = "Entra";

    /// <summary>The default scheme when Entra is configured: forwards each request by its token's issuer.</summary>
    public const string PolicyScheme = "Partners";

    /// <summary>
    /// The authentication schemes: OpenIddict's validation alone when <c>Identity:Entra</c> is empty; otherwise
    /// OpenIddict's and Entra's side by side, behind a policy scheme that picks one per request by issuer.
    /// </summary>
    public static IServiceCollection AddPartnersAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(EntraOptions.Section);
        var entra = section.Get<EntraOptions>() ?? new EntraOptions();
        const string openIddict = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
        if (!entra.IsConfigured)
        {
            services.AddAuthentication(openIddict);
            return services;
        }

        services.AddAuthentication(PolicyScheme)
            .AddPolicyScheme(PolicyScheme, "OpenIddict or Entra ID, by the token's issuer", policy =>
                policy.ForwardDefaultSelector = http => IssuerSchemeSelector.Select(http, entra, Scheme, openIddict))
            .AddMicrosoftIdentityWebApi(section, Scheme);

        // After Microsoft.Identity.Web's own configuration, so its checks run first and the mapping comes last.
        services.AddOptions<JwtBearerOptions>(Scheme).PostConfigure(options =>
        {
            // Keep the JWT claim names (oid, scp, roles, azp) instead of the long WS-Federation URIs.
            options.MapInboundClaims = false;
            // One tenant, known in advance: its two issuers (v2.0 and v1.0 tokens) are compared exactly, in place
            // of Microsoft.Identity.Web's multi-tenant validator, which would fetch metadata just to check the issuer.
            options.TokenValidationParameters.IssuerValidator = null;
            options.TokenValidationParameters.ValidIssuers = entra.Issuers;
            var validated = options.Events.OnTokenValidated;
            options.Events.OnTokenValidated = async context =>
            {
                await validated(context);
                if (context.Result is null)
                {
                    await StaffTokenMapper.MapAsync(context);
                }
            };
        });
        return services;
    }
}
