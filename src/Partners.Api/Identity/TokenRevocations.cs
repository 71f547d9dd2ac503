using System.Collections.Frozen;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;
using OpenIddict.Validation;
using Partners.Data;
using Partners.Data.Infrastructure;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace Partners.Api.Identity;

/// <summary>
/// The revoked access tokens, held in memory: access tokens are signed JWTs checked locally, without a database
/// round trip, and this set is what stops a revoked token (a disabled client's tokens are all revoked) before it
/// expires. It is read from the token table (shared by every instance) every
/// <see cref="PartnersIdentityOptions.RevocationPollInterval"/> by <see cref="TokenRevocationPoller"/>, at once on
/// this instance after <see cref="ClientRegistry.DisableAsync"/>, and before any check when it is older than twice
/// the interval (a stalled poller never lets a stale set through).
/// </summary>
public sealed class TokenRevocations(IServiceScopeFactory scopes, PartnersIdentityOptions options, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim refreshing = new(1, 1);
    private volatile Snapshot current = new(FrozenSet<string>.Empty, DateTimeOffset.MinValue);

    public async ValueTask<bool> IsRevokedAsync(string tokenId, CancellationToken ct)
    {
        var snapshot = current;
        if (time.GetUtcNow() - snapshot.ReadAt > options.RevocationPollInterval * 2)
        {
            snapshot = await RefreshAsync(ct);
        }

        return snapshot.Revoked.Contains(tokenId);
    }

    /// <summary>Reads the revoked, unexpired access tokens afresh.</summary>
    public async Task<Snapshot> RefreshAsync(CancellationToken ct)
    {
        using var background = BackgroundWork.Enter(); // Whoever asks for it, the read is the poll's, not a request's.
        var started = time.GetUtcNow();
        await refreshing.WaitAsync(ct);
        try
        {
            if (current.ReadAt >= started)
            {
                return current; // Another caller read it while this one waited.
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
            var now = started.UtcDateTime;
            var ids = await db.Set<OpenIddictEntityFrameworkCoreToken<long>>()
                .Where(t => t.Status == Statuses.Revoked && t.ExpirationDate > now)
                .Select(t => t.Id).ToListAsync(ct);
            current = new Snapshot(ids.Select(id => id.ToString(CultureInfo.InvariantCulture)).ToFrozenSet(StringComparer.Ordinal), started);
        }
        finally
        {
            refreshing.Release();
        }

        Refreshed?.Invoke(current);
        return current;
    }

    /// <summary>After each read of the token table, with the new set (open WebSockets are ended by it).</summary>
    public event Action<Snapshot>? Refreshed;

    public void Dispose() => refreshing.Dispose();

    public sealed record Snapshot(FrozenSet<string> Revoked, DateTimeOffset ReadAt);
}

/// <summary>Keeps <see cref="TokenRevocations"/> fresh: one read of the token table per interval and instance.</summary>
public sealed class TokenRevocationPoller(
    TokenRevocations revocations, PartnersIdentityOptions options, Seed.DatabaseReady ready, ILogger<TokenRevocationPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not before the database is ready (it may still be migrating). A request checks before answering.
        await ready.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.RevocationPollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await revocations.RefreshAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next check refreshes before answering if this goes on for two intervals.
                logger.LogWarning(exception, "The revoked tokens could not be read.");
            }
        }
    }
}

/// <summary>Refuses a validly signed access token that was revoked since it was issued (OpenIddict's validation stage).</summary>
public sealed class RejectRevokedTokens(TokenRevocations revocations) : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } = OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
        .UseSingletonHandler<RejectRevokedTokens>()
        .SetOrder(OpenIddictValidationHandlers.Protection.ValidateExpirationDate.Descriptor.Order + 500)
        .SetType(OpenIddictValidationHandlerType.Custom)
        .Build();

    public async ValueTask HandleAsync(ValidateTokenContext context)
    {
        var tokenId = context.Principal?.GetTokenId();
        if (context.Principal is null || string.IsNullOrEmpty(tokenId))
        {
            // Every access token this server issues is stored, so it has an id: one without cannot be checked.
            context.Reject(error: Errors.InvalidToken, description: "The token has no identifier.");
            return;
        }

        if (await revocations.IsRevokedAsync(tokenId, context.CancellationToken))
        {
            context.Reject(error: Errors.InvalidToken, description: "The token was revoked.");
        }
    }
}
