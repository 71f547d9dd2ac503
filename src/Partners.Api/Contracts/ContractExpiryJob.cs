using Microsoft.EntityFrameworkCore;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Contracts;
using Partners.Data.Infrastructure;

namespace Partners.Api.Contracts;

/// <summary>Configuration section <c>Contracts</c>.</summary>
public sealed class ContractExpiryOptions
{
    /// <summary>How often the expiry check runs (and once at start-up).</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// The background check of <see cref="ContractExpiry"/>: once the server has answered its first request
/// (<see cref="Seed.FirstAnswer"/>) and every <see cref="ContractExpiryOptions.CheckInterval"/>,
/// the contracts whose period is over expire and their offers are suspended. Idempotent: an expired contract is not due
/// again, so instances running it at once change each contract once (the second save meets the offer's version).
/// </summary>
public sealed class ContractExpiryJob(IServiceScopeFactory scopes, ContractExpiryOptions options, Seed.FirstAnswer firstAnswer, ILogger<ContractExpiryJob> logger) : BackgroundService
{
    /// <summary>One pass; the number of contracts it expired.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<IClock>();
        var today = clock.Today;
        var due = await db.CooperationContracts
            .Where(c => (c.Status == ContractStatus.Active || c.Status == ContractStatus.Suspended) && c.ValidUntil != null && c.ValidUntil < today)
            .ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }

        var ids = due.Select(c => c.Id).ToList();
        var offers = await db.Offers.Where(o => o.ContractId != null && ids.Contains(o.ContractId.Value)).ToListAsync(ct);
        var expired = due.Count(contract => ContractExpiry.Expire(contract, offers, today, clock.UtcNow));
        await db.SaveChangesAsync(ct);
        return expired;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var background = BackgroundWork.Enter();
        await firstAnswer.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.CheckInterval);
        do
        {
            try
            {
                var expired = await RunOnceAsync(stoppingToken);
                if (expired > 0 && logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("{Count} cooperation contracts expired at the end of their period.", expired);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // Another instance changed the same rows first, or the database is away: the next pass tries again.
                logger.LogWarning(exception, "The contract expiry check failed; it runs again at the next interval.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
