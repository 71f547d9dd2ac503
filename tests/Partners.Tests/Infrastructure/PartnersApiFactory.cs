using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.GraphQL;
using Partners.Data;

namespace Partners.Tests.Infrastructure;

/// <summary>
/// The real host over a fresh SQLite file, migrated and (in Development) seeded with the demo network, exactly as
/// <c>dotnet run</c> starts it. Test-only GraphQL fields of this assembly are added to the schema.
/// </summary>
public class PartnersApiFactory : WebApplicationFactory<Program>
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"partners-tests-{Guid.NewGuid():N}.db");

    protected virtual string Environment => "Development";

    /// <summary>Extra configuration for a test class: key → value.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("ConnectionStrings:Partners", $"Data Source={databasePath};Pooling=False");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedDemoData", "true");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddFeatureParts(typeof(PartnersApiFactory).Assembly);
            // Feature branches change the model without migrations (the lead regenerates them on merge): let the
            // host start on the migrated schema, logging the drift instead of refusing to migrate.
            services.ConfigureDbContext<PartnersDbContext>(options =>
                options.ConfigureWarnings(warnings => warnings.Log(RelationalEventId.PendingModelChangesWarning)));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // A temporary file left behind is harmless.
            }
        }
    }
}

/// <summary>The host as Production runs it: introspection and suggestions off, no demo data.</summary>
public sealed class ProductionApiFactory : PartnersApiFactory
{
    protected override string Environment => "Production";
}
