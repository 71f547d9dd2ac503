using Microsoft.EntityFrameworkCore;
using Partners.Data;

namespace Partners.Api.Seed;

public static class DatabaseInitialisation
{
    public static IServiceCollection AddPartnersSeed(this IServiceCollection services)
    {
        foreach (var type in typeof(IDemoSeed).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDemoSeed).IsAssignableFrom(t)))
        {
            services.AddScoped(typeof(IDemoSeed), type);
        }

        services.AddHostedService<DatabaseInitialiser>();
        return services;
    }
}

/// <summary>
/// Runs before the server accepts requests: migrates the database when configured to (Development), and seeds
/// the demo network in Development only. A Production host never registers the demo clients, whatever its
/// configuration says; Production is migrated by <c>tools/Partners.Tools migrate</c>.
/// </summary>
internal sealed class DatabaseInitialiser(IServiceProvider services, DatabaseOptions options, IHostEnvironment environment) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        if (options.MigrateOnStartup)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (options.SeedDemoData && environment.IsDevelopment())
        {
            foreach (var seed in scope.ServiceProvider.GetServices<IDemoSeed>().OrderBy(s => s.Order))
            {
                await seed.SeedAsync(db, scope.ServiceProvider, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
