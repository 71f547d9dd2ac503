using Microsoft.EntityFrameworkCore;
using Partners.Data;
using Partners.Data.Infrastructure;

namespace Partners.Api.Seed;

public static class DatabaseInitialisation
{
    public static IServiceCollection AddPartnersSeed(this IServiceCollection services)
    {
        foreach (var type in typeof(IDemoSeed).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDemoSeed).IsAssignableFrom(t)))
        {
            services.AddScoped(typeof(IDemoSeed), type);
        }

        services.AddSingleton<DatabaseReady>();
        // Started first: the warm-up runs beside the database check.
        services.AddSingleton<StartupWarmup>();
        services.AddHostedService(provider => provider.GetRequiredService<StartupWarmup>());
        services.AddHostedService<DatabaseInitialiser>();
        return services;
    }
}

/// <summary>
/// Runs before the server accepts requests, and only does what is needed: it migrates when configured to
/// (Development) and a migration is pending (one read of the history table, not EF's full migration check), and seeds
/// the demo network in Development only. A database just created or migrated is seeded before the first request; an
/// existing one, already seeded by an earlier start, has the (idempotent) seed re-checked in the background once the
/// <see cref="StartupWarmup"/> is done, so a restart answers at once. A Production host never registers the demo
/// clients, whatever its configuration says; Production is migrated by <c>tools/Partners.Tools migrate</c>. Background
/// jobs wait for <see cref="DatabaseReady"/>.
/// </summary>
internal sealed class DatabaseInitialiser(
    IServiceProvider services, DatabaseOptions options, IHostEnvironment environment, DatabaseReady ready, StartupWarmup warmup,
    ILogger<DatabaseInitialiser> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private Task background = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var migrated = false;
        if (options.MigrateOnStartup)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                await db.Database.MigrateAsync(cancellationToken);
                migrated = true;
            }
        }

        if (!options.SeedDemoData || !environment.IsDevelopment())
        {
            ready.Open();
            return;
        }

        if (migrated)
        {
            await SeedAsync(cancellationToken);
            ready.Open();
        }
        else
        {
            ready.Open();
            background = Task.Run(async () =>
            {
                using var backgroundWork = BackgroundWork.Enter();
                try
                {
                    await warmup.Completion.WaitAsync(stopping.Token);
                    await SeedAsync(stopping.Token);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "Checking the demo seed of an existing database failed.");
                }
            }, CancellationToken.None);
        }
    }

    /// <summary>The seed parts in order, each idempotent (find, then create).</summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        foreach (var seed in scope.ServiceProvider.GetServices<IDemoSeed>().OrderBy(s => s.Order))
        {
            await seed.SeedAsync(db, scope.ServiceProvider, cancellationToken);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await stopping.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // The host disposed its services before stopping them (a host whose start failed): nothing runs any more.
            return;
        }

        try
        {
            await background.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopped mid-check: the next start checks again.
        }
    }

    public void Dispose() => stopping.Dispose();
}
