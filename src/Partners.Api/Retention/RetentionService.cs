using Partners.Domain.Retention;
using Partners.Data.Infrastructure;

namespace Partners.Api.Retention;

/// <summary>
/// Runs the retention once a day inside the API. Every instance looks each <see cref="RetentionOptions.CheckInterval"/>;
/// the first to find no run finished within the day claims it, and the others back off (<see cref="RetentionRunner"/>).
/// </summary>
public sealed class RetentionService(IServiceScopeFactory scopes, RetentionOptions options, Seed.DatabaseReady ready, ILogger<RetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var background = BackgroundWork.Enter();
        if (!options.Enabled)
        {
            return;
        }

        // The first look comes one interval after the database is ready: starting an instance stays cheap.
        await ready.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.CheckInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var runner = scope.ServiceProvider.GetRequiredService<RetentionRunner>();
                if (await runner.IsDueAsync(stoppingToken))
                {
                    var outcome = await runner.RunAsync(RetentionRunner.ServiceTrigger, dryRun: false, stoppingToken);
                    if (logger.IsEnabled(LogLevel.Information))
                    {
                        logger.LogInformation("Retention: {Outcome}", string.Join("; ", outcome.Describe()));
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The next check tries again; whole batches already done stay done.
                logger.LogError(exception, "The retention run failed.");
            }
        }
    }
}
