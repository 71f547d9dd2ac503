using Microsoft.EntityFrameworkCore;
using Partners.Data.Infrastructure;
using Partners.Domain.Complaints;
using Partners.Domain.Difficulties;
using Partners.Domain.Disputes;
using Partners.Domain.Organisations;

namespace Partners.Data;

/// <summary>
/// The platform's database. Each feature adds its entities through an <c>IEntityTypeConfiguration</c> in its own
/// folder of this assembly; OpenIddict's tables live here too so tokens and data share one store.
/// </summary>
public sealed class PartnersDbContext(DbContextOptions<PartnersDbContext> options) : DbContext(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Engagement> Engagements => Set<Engagement>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<Dispute> Disputes => Set<Dispute>();

    public DbSet<RecurringDifficulty> RecurringDifficulties => Set<RecurringDifficulty>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PartnersDbContext).Assembly);
        modelBuilder.UseOpenIddict<long>();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Timestamps are UTC everywhere; SQLite forgets the kind, so it is restored on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        // Enums are stored by name: readable in the database, stable when values are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
