using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Partners.Data.SqlServer;

/// <summary>Lets dotnet-ef build the context for the SQL Server migrations; no server is contacted.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PartnersDbContext>
{
    public PartnersDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PartnersDbContext>();
        PersistenceServiceCollectionExtensions.Configure(
            builder, DatabaseProvider.SqlServer, "Server=(design);Database=Partners;Trusted_Connection=True;TrustServerCertificate=True");
        builder.UseOpenIddict<long>();
        return new PartnersDbContext(builder.Options);
    }
}
