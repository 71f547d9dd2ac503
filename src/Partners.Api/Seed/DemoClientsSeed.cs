using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using Partners.Api.Identity;
using Partners.Data;

namespace Partners.Api.Seed;

/// <summary>The demo clients of contract.md, Development only (the seed never runs in Production).</summary>
internal sealed class DemoClientsSeed : IDemoSeed
{
    public static IReadOnlyList<(string ClientId, string Secret, string Organisation, bool SocialService)> Clients { get; } =
    [
        ("forem-demo", "forem-demo-secret", DemoOrganisations.Office, false),
        ("cpas-liege-demo", "cpas-liege-demo-secret", DemoOrganisations.CpasLiege, false),
        ("isp-demo", "isp-demo-secret", DemoOrganisations.IspWithClause, false),
        ("isp-noclause-demo", "isp-noclause-demo-secret", DemoOrganisations.IspNoClause, false),
        ("commission-demo", "commission-demo-secret", DemoOrganisations.Commission, false),
        ("forem-social-demo", "forem-social-demo-secret", DemoOrganisations.Office, true),
    ];

    public int Order => 10;

    public async Task SeedAsync(PartnersDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        var applications = services.GetRequiredService<IOpenIddictApplicationManager>();
        var registry = services.GetRequiredService<ClientRegistry>();
        foreach (var (clientId, secret, organisationName, socialService) in Clients)
        {
            if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not null)
            {
                continue;
            }

            var organisation = await db.Organisations.SingleAsync(o => o.Name == organisationName, cancellationToken);
            await registry.RegisterAsync(clientId, secret, socialService ? $"{organisationName}, social service (demo)" : $"{organisationName} (demo)", organisation, scopes: null, cancellationToken, socialService);
        }
    }
}
