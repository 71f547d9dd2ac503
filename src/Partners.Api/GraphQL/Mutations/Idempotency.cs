using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL.Errors;
using Partners.Data;
using Partners.Data.Idempotency;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.Mutations;

/// <summary>
/// Safe retries (issue #4): under an <c>Idempotency-Key</c> header, a mutation that succeeded once answers the
/// object's current state when retried with the same input, and never runs twice. The record is written in the same
/// transaction as the change, so a concurrent retry with the same key rolls back and answers the winner's result.
/// </summary>
public static class Idempotency
{
    public static async Task<Payload<T>> RunAsync<T>(
        IResolveFieldContext context, Func<Task<Payload<T>>> run, Func<T, long> idOf, Func<long, Task<T?>> reload)
        where T : class
    {
        var key = context.Partners().IdempotencyKey;
        if (key is null)
        {
            return await run();
        }

        var caller = context.Caller();
        var db = context.Service<PartnersDbContext>();
        var operation = context.FieldDefinition.Name;
        var hash = HashOf(context.Arguments?["input"].Value);
        if (await ReplayAsync(context, db, caller.ClientId, key, operation, hash, reload) is { } replayed)
        {
            return replayed;
        }

        // The provider's execution strategy owns the transaction (SQL Server retries transient failures and refuses a
        // transaction opened outside it); an attempt starts from a clean change tracker.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var payload = await run();
            if (payload.Value is not { } value)
            {
                return payload;
            }

            try
            {
                db.IdempotencyRecords.Add(new IdempotencyRecord
                {
                    ClientId = caller.ClientId, Key = key, Operation = operation, InputHash = hash, ResultId = idOf(value),
                    CreatedAt = context.Service<IClock>().UtcNow,
                });
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return payload;
            }
            catch (DbUpdateException)
            {
                // Another request with the same key won: this one's change is rolled back and the winner's answered.
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return await ReplayAsync(context, db, caller.ClientId, key, operation, hash, reload)
                    ?? Payload<T>.Refused(new DomainError(ErrorCodes.ConcurrencyConflict, "concurrency_conflict").ToUserError(context));
            }
        }, context.CancellationToken);
    }

    private static async Task<Payload<T>?> ReplayAsync<T>(
        IResolveFieldContext context, PartnersDbContext db, string clientId, string key, string operation, string hash, Func<long, Task<T?>> reload)
        where T : class
    {
        var record = await db.IdempotencyRecords.AsNoTracking()
            .FirstOrDefaultAsync(r => r.ClientId == clientId && r.Key == key, context.CancellationToken);
        if (record is null)
        {
            return null;
        }

        if (record.Operation != operation || record.InputHash != hash)
        {
            return Payload<T>.Refused(DomainError.Invalid("Idempotency-Key", "idempotency_key_reused").ToUserError(context));
        }

        return await reload(record.ResultId) is { } current
            ? Payload<T>.Ok(current)
            : Payload<T>.Refused(DomainError.NotFound("Idempotency-Key").ToUserError(context));
    }

    /// <summary>
    /// The hash of the input as GraphQL.NET parsed it (fields in the input type's order, so the order a client writes
    /// them in does not matter).
    /// </summary>
    private static string HashOf(object? input) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(input))));
}
