using Microsoft.EntityFrameworkCore;
using Partners.Data;
using Partners.Data.Events;
using Partners.Data.Infrastructure;

namespace Partners.Api.Events;

/// <summary>
/// Publishes committed outbox events in id order and stamps them. Woken by <see cref="OutboxSignal"/> after a save
/// that added events, and by a slow poll for what other instances committed. Each row is claimed with a conditional
/// update, so with several instances on one database an event is published once.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    IEventBus bus,
    SubscriptionsOptions options,
    TimeProvider time,
    Seed.FirstAnswer firstAnswer,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly string instance =
        $"{Environment.MachineName[..Math.Min(Environment.MachineName.Length, 30)]}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..12]}";
    private DateTimeOffset lastCleanup = DateTimeOffset.MinValue;
    private long batches;

    /// <summary>This dispatcher's name in <see cref="OutboxEvent.PublishedBy"/> (followed by a batch number).</summary>
    public string Instance => instance;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var background = BackgroundWork.Enter();
        // Start-up migrates the database first: the outbox table may not exist before it is ready; and the first pass
        // waits for the server's first answer (what a crash left unpublished is published then).
        await firstAnswer.WaitAsync(stoppingToken);

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchBatchAsync(stoppingToken) == options.BatchSize)
                {
                    // A full batch: there may be more waiting.
                }

                await CleanUpAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The database or the bus is away: the poll tries again.
                logger.LogError(exception, "The outbox dispatcher failed; it retries at the next poll.");
            }

            await signal.WaitAsync(options.PollInterval, stoppingToken);
        }
    }

    private async Task<int> DispatchBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        var candidates = await db.OutboxEvents.Where(e => e.PublishedAt == null)
            .OrderBy(e => e.Id).Select(e => e.Id).Take(options.BatchSize).ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return 0;
        }

        using var activity = Operations.PartnersTelemetry.Source.StartActivity("outbox dispatch");
        activity?.SetTag("partners.outbox.candidates", candidates.Count);

        // The condition on PublishedAt is re-read under the row lock: another instance's claim wins, never both.
        var claim = $"{instance}/{Interlocked.Increment(ref batches)}";
        var now = time.GetUtcNow().UtcDateTime;
        await db.OutboxEvents.Where(e => candidates.Contains(e.Id) && e.PublishedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.PublishedAt, now).SetProperty(e => e.PublishedBy, claim), ct);
        var claimed = await db.OutboxEvents.AsNoTracking().Where(e => e.PublishedBy == claim).OrderBy(e => e.Id).ToListAsync(ct);

        foreach (var outboxEvent in claimed)
        {
            try
            {
                await bus.PublishAsync(EventEnvelope.From(outboxEvent), ct);
                Operations.PartnersTelemetry.OutboxPublished.Add(1, new KeyValuePair<string, object?>("partners.event.topic", outboxEvent.Topic));
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                // Give back what was not published, so the next poll (here or elsewhere) sends it in order.
                await db.OutboxEvents.Where(e => e.PublishedBy == claim && e.Id >= outboxEvent.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.PublishedAt, (DateTime?)null).SetProperty(e => e.PublishedBy, (string?)null), CancellationToken.None);
                throw;
            }
        }

        return candidates.Count;
    }

    private async Task CleanUpAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (now - lastCleanup < TimeSpan.FromHours(1))
        {
            return;
        }

        lastCleanup = now;
        var before = (now - options.Retention).UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        await db.OutboxEvents.Where(e => e.PublishedAt != null && e.PublishedAt < before).ExecuteDeleteAsync(ct);
    }
}
