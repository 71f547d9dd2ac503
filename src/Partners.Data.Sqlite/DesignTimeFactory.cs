using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Partners.Data.Sqlite;

/// <summary>Lets dotnet-ef build the context for the SQLite migrations without starting the host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PartnersDbContext>
{
    public PartnersDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PartnersDbContext>();
        PersistenceServiceCollectionExtensions.Configure(builder, DatabaseProvider.Sqlite, "Data Source=design.db");
        builder.UseOpenIddict<long>();
        return new PartnersDbContext(builder.Options);
    }
}
