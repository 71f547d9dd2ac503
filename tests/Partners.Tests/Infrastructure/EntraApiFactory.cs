using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Partners.Api.Identity.Entra;

namespace Partners.Tests.Infrastructure;

/// <summary>
/// The host with Office staff sign-in configured for a test tenant. The Entra scheme's metadata (issuer and
/// signing keys) is the test's own instead of being downloaded from login.microsoftonline.com.
/// </summary>
public class EntraApiFactory : PartnersApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Identity:Entra:Instance", EntraTokens.Instance),
        new("Identity:Entra:TenantId", EntraTokens.TenantId),
        new("Identity:Entra:ClientId", EntraTokens.ApiClientId),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.PostConfigure<JwtBearerOptions>(EntraAuthentication.Scheme, options =>
        {
            var metadata = new OpenIdConnectConfiguration { Issuer = EntraTokens.IssuerOf(EntraTokens.TenantId) };
            metadata.SigningKeys.Add(EntraTokens.SigningKey);
            options.Configuration = metadata;
            options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(metadata);
        }));
    }
}
