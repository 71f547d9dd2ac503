using System.Security.Cryptography.X509Certificates;
using OpenIddict.Abstractions;
using Partners.Api.Identity.Entra;
using Partners.Api.Members;
using Partners.Data;

namespace Partners.Api.Identity;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>
    /// OpenIddict as the OAuth 2 server inside the host, and token validation for /graphql. One commented place
    /// for auth (conventions.md §10).
    /// </summary>
    public static IServiceCollection AddPartnersIdentity(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(PartnersIdentityOptions.Section).Get<PartnersIdentityOptions>() ?? new PartnersIdentityOptions();
        services.AddSingleton(options);
        services.AddScoped<ClientRegistry>();
        services.AddSingleton<TokenRevocations>();
        services.AddSingleton<ValidatedTokens>();
        services.AddHostedService<TokenRevocationPoller>();

        services.AddOpenIddict()
            // Applications and tokens live in the platform's database, keyed by long like every other table.
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<PartnersDbContext>().ReplaceDefaultEntities<long>())
            .AddServer(server =>
            {
                // Client credentials for machines (operator software, CPAS case tools, the Commission's own systems).
                server.SetTokenEndpointUris("connect/token");
                server.AllowClientCredentialsFlow();
                // People: the Commission's members sign in through the browser (code + PKCE, no client secret in a page).
                server.SetAuthorizationEndpointUris("connect/authorize").SetEndSessionEndpointUris("connect/logout")
                    .SetRevocationEndpointUris("connect/revoke");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange().AllowRefreshTokenFlow();
                server.RegisterScopes([.. Scopes.All, OpenIddictConstants.Scopes.OfflineAccess]);
                // Short-lived tokens: a stolen one is worth little, and a disabled client is also revoked at once.
                server.SetAccessTokenLifetime(options.AccessTokenLifetime);
                // A refresh token is good once: each use returns a new one, and reusing a spent one is refused.
                server.SetRefreshTokenLifetime(options.RefreshTokenLifetime).SetRefreshTokenReuseLeeway(TimeSpan.Zero);
                // Access tokens are signed JWTs (RFC 9068), not encrypted: a request checks the signature locally,
                // without a private-key unwrap. They carry nothing secret (client, organisation, scopes).
                server.DisableAccessTokenEncryption();
                AddKeys(server, options, environment);
                var aspNetCore = server.UseAspNetCore().EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough().EnableEndSessionEndpointPassthrough();
                if (!options.RequireHttps || environment.IsDevelopment())
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(validation =>
            {
                // Tokens are validated here, with the server's own keys, and only for this API's audience.
                validation.UseLocalServer();
                validation.AddAudiences(PartnersIdentityOptions.ApiAudience);
                // No database round trip per request: a revoked token (a disabled client's tokens are all revoked)
                // is refused from the in-memory set of TokenRevocations, refreshed every RevocationPollInterval.
                validation.AddEventHandler(RejectRevokedTokens.Descriptor);
                // A token whose signature this instance checked already is not parsed and checked again until it
                // expires; every other check (expiry, audience, revocation) still runs on each request.
                validation.AddEventHandler(ValidatedTokens.ReuseChecked.Descriptor).AddEventHandler(ValidatedTokens.KeepChecked.Descriptor);
                validation.UseAspNetCore();
            });

        // OpenIddict's tokens, and Office staff's Entra ID tokens when Identity:Entra is configured; then the
        // Commission members' accounts and sign-in cookie, which only the login and authorization pages read.
        return services.AddPartnersAuthentication(configuration).AddCommissionMembers(configuration);
    }

    private static void AddKeys(OpenIddictServerBuilder server, PartnersIdentityOptions options, IHostEnvironment environment)
    {
        if (environment.IsDevelopment() && options.SigningCertificatePath is null)
        {
            // Development certificates live in the user's certificate store, so every local instance shares them.
            server.AddDevelopmentEncryptionCertificate().AddDevelopmentSigningCertificate();
            return;
        }

        server.AddSigningCertificate(LoadCertificate(options.SigningCertificatePath, options.SigningCertificatePassword, "Identity:SigningCertificatePath"));
        server.AddEncryptionCertificate(LoadCertificate(options.EncryptionCertificatePath, options.EncryptionCertificatePassword, "Identity:EncryptionCertificatePath"));
    }

    private static X509Certificate2 LoadCertificate(string? path, string? password, string setting)
    {
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            throw new InvalidOperationException($"{setting} must name a PKCS#12 certificate file outside Development.");
        }

        return X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
    }
}
