using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Partners.Data.Events;
using Partners.Data.Infrastructure;

namespace Partners.Data;

public static class PersistenceServiceCollectionExtensions
{
    public const string ConnectionStringName = "Partners";
    public const string SqliteMigrationsAssembly = "Partners.Data.Sqlite";
    public const string SqlServerMigrationsAssembly = "Partners.Data.SqlServer";

    /// <summary>Registers the DbContext on the configured provider, with its provider's migrations assembly.</summary>
    public static IServiceCollection AddPartnersPersistence(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxInterceptor>();

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        services.AddDbContext<PartnersDbContext>((provider, builder) =>
        {
            Configure(builder, options.Provider, connectionString ?? DefaultSqliteConnectionString(environment));
            builder.AddInterceptors(provider.GetRequiredService<OutboxInterceptor>());
            builder.UseOpenIddict<long>();
        });
        return services;
    }

    /// <summary>
    /// Points a context at a provider; used by the host, the design-time factories and the tools. Queries that
    /// load several collections run as one statement (the data loaders fetch a level at once; a split query would
    /// multiply statements), said explicitly so EF does not warn on every start. A list in a query (<c>ids.Contains(x.Id)</c>,
    /// a loader's batch, a filter's values) is one JSON array parameter (<c>json_each(@ids)</c>, <c>OPENJSON(@ids)</c>): the
    /// SQL text is the same whatever the list's size, so the provider's statement and EF's query caches keep one entry.
    /// </summary>
    public static DbContextOptionsBuilder Configure(
        DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.SqlServer => builder.UseSqlServer(
            connectionString, sql => sql.MigrationsAssembly(SqlServerMigrationsAssembly).EnableRetryOnFailure()
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)),
        _ => builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly)
            .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .AddInterceptors(SqliteConnectionSettings.Instance),
    };

    /// <summary>The embedded default: a SQLite file under the app's data folder.</summary>
    public static string DefaultSqliteConnectionString(IHostEnvironment environment)
    {
        var folder = Path.Combine(environment.ContentRootPath, "App_Data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "partners.db")}";
    }
}
