using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
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
        services.AddSingleton<FirstAnswer>();
        // Started first: the warm-up runs beside the database check.
        services.AddSingleton<StartupWarmup>();
        services.AddHostedService(provider => provider.GetRequiredService<StartupWarmup>());
        services.AddHostedService<DatabaseInitialiser>();
        return services;
    }
}

/// <summary>
/// Runs before the server accepts requests, and only does what is needed: it migrates when configured to
/// (Development) and a migration is pending (one read of the history table on the context's connection, not EF's
/// migration check, which builds a model of the history table first), and seeds the demo network in Development only.
/// A database just created or migrated is seeded before the first request; an existing one, already seeded by an
/// earlier start, has the (idempotent) seed re-checked in the background once the server answered
/// (<see cref="FirstAnswer"/>), so a restart answers at once. A Production host never registers the demo
/// clients, whatever its configuration says; Production is migrated by <c>tools/Partners.Tools migrate</c>. Background
/// jobs wait for <see cref="DatabaseReady"/>.
/// </summary>
internal sealed class DatabaseInitialiser(
    IServiceProvider services, DatabaseOptions options, IHostEnvironment environment, DatabaseReady ready, FirstAnswer firstAnswer,
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
            if (await MigrationPendingAsync(db, cancellationToken))
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
                    await firstAnswer.WaitAsync(stopping.Token);
                    await SeedAsync(stopping.Token);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "Checking the demo seed of an existing database failed.");
                }
            }, CancellationToken.None);
        }
    }

    /// <summary>
    /// Whether the migrations assembly holds a migration the history table does not list: the table's existence (the
    /// provider's own query) and one SELECT of its ids on the context's connection.
    /// </summary>
    private static async Task<bool> MigrationPendingAsync(PartnersDbContext db, CancellationToken cancellationToken)
    {
        var migrations = db.GetService<IMigrationsAssembly>().Migrations.Keys;
        if (!await db.GetService<IHistoryRepository>().ExistsAsync(cancellationToken))
        {
            return migrations.Any();
        }

        var sql = db.GetService<ISqlGenerationHelper>();
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT {sql.DelimitIdentifier("MigrationId")} FROM {sql.DelimitIdentifier(HistoryRepository.DefaultTableName)}";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return migrations.Any(id => !applied.Contains(id));
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
