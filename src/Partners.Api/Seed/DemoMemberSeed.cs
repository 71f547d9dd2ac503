using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using Partners.Api.Identity;
using Partners.Api.Members;
using Partners.Data;
using Partners.Data.Members;

namespace Partners.Api.Seed;

/// <summary>
/// The demo's Commission member of contract.md and the dashboard's public client on the configured origins
/// (<c>Identity:DashboardOrigins</c>), Development only.
/// </summary>
internal sealed class DemoMemberSeed : IDemoSeed
{
    public const string Email = "commission.member@demo";
    public const string Password = "commission-demo-password";

    public int Order => 20;

    public async Task SeedAsync(PartnersDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        var origins = services.GetRequiredService<PartnersIdentityOptions>().DashboardOrigins;
        await DashboardClient.EnsureAsync(services.GetRequiredService<IOpenIddictApplicationManager>(), db, origins, cancellationToken);
        if (await services.GetRequiredService<UserManager<CommissionMember>>().FindByEmailAsync(Email) is null)
        {
            var created = await services.GetRequiredService<MemberRegistry>().CreateAsync(Email, Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException("The demo member could not be created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
            }
        }
    }
}
