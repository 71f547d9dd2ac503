using Partners.Data;

namespace Partners.Api.Seed;

/// <summary>
/// One part of the Development demo network. Parts run in <see cref="Order"/>, each idempotent (find, then create),
/// so restarting the host never duplicates the demo data.
/// </summary>
public interface IDemoSeed
{
    int Order { get; }

    Task SeedAsync(PartnersDbContext db, IServiceProvider services, CancellationToken cancellationToken);
}
