using Microsoft.EntityFrameworkCore;
using Partners.Data;
using Partners.Domain.Organisations;

namespace Partners.Api.Seed;

internal sealed class OrganisationsSeed : IDemoSeed
{
    public int Order => 0;

    public async Task SeedAsync(PartnersDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        var existing = await db.Organisations.Select(o => o.Name).ToListAsync(cancellationToken);
        foreach (var organisation in DemoOrganisations.All.Where(o => !existing.Contains(o.Name)))
        {
            db.Organisations.Add(new Organisation
            {
                Name = organisation.Name,
                Kind = organisation.Kind,
                EnterpriseNumber = organisation.EnterpriseNumber,
                Region = organisation.Region,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
