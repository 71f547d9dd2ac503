using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Builders;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL.Errors;
using Partners.Data;
using Partners.Data.Idempotency;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.Mutations;

/// <summary>
/// The one way a mutation runs. Authorise (the field's access rule, checked before any resolver) → validate the input
/// (the lengths its input type declares, <see cref="InputLimits"/>) → inside the provider's execution strategy, one
/// transaction: the <c>Idempotency-Key</c> record if any, then the body (load, call the domain), then the change, its
/// outbox events and the key's record, committed together → the payload.
/// <list type="bullet">
/// <item>A refusal writes nothing: the transaction is rolled back and the change tracker cleared.</item>
/// <item>Under an <c>Idempotency-Key</c>, a retry with the same input answers the object of the first success
/// without running again; the key reused for another input or another mutation is <c>IDEMPOTENCY_KEY_REUSED</c>.</item>
/// <item>A concurrent writer that got there first (a row's version token, a unique value such as a NISS, an open
/// referral, the same key) rolls this attempt back and the body runs again on what is now stored: a repeated move
/// answers the current state, a taken value gets the domain's refusal. Only after
/// <see cref="MaxAttempts"/> attempts is it <c>CONCURRENCY_CONFLICT</c>.</item>
/// </list>
/// On SQLite every transaction is <c>BEGIN IMMEDIATE</c>, so mutations are serialised; on SQL Server the version
/// tokens and unique indexes make the race visible and the retry answers it.
/// </summary>
public static class MutationPipeline
{
    public const int MaxAttempts = 3;

    /// <summary>Resolves the mutation with <paramref name="body"/> through the pipeline.</summary>
    /// <param name="notes">Refusal-like notes answered with a written object (a dispute recorded as inadmissible), from its state, so a replay answers them too.</param>
    public static FieldBuilder<object?, object> Runs<TInput, T>(
        this FieldBuilder<object?, object> field, Func<MutationScope<TInput>, Task<Change<T>>> body, Func<T, IEnumerable<DomainError>>? notes = null)
        where T : class =>
        field.ResolveAsync(async context => await RunAsync(context, body, notes));

    private static async Task<Payload<T>> RunAsync<TInput, T>(
        IResolveFieldContext context, Func<MutationScope<TInput>, Task<Change<T>>> body, Func<T, IEnumerable<DomainError>>? notes)
        where T : class
    {
        if (InputLimits.Check(context.FieldDefinition.Arguments, context.Arguments) is { Count: > 0 } tooLong)
        {
            return Payload<T>.Refused(tooLong.ToUserErrors(context));
        }

        var input = context.GetArgument<TInput>("input");
        var db = context.Service<PartnersDbContext>();
        var key = context.Partners().IdempotencyKey is { } header ? new Key(context.Caller().ClientId, header, context.FieldDefinition.Name, HashOf(input)) : null;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            for (var attempt = 1; ; attempt++)
            {
                var outcome = await AttemptAsync(context, db, input, key, body, notes, ct);
                if (outcome is not null)
                {
                    return outcome;
                }

                if (attempt == MaxAttempts)
                {
                    return Payload<T>.Refused(new DomainError(ErrorCodes.ConcurrencyConflict, "concurrency_conflict").ToUserError(context));
                }
            }
        }, context.CancellationToken);
    }

    /// <summary>One attempt in its own transaction; null when a concurrent writer got there first (run again).</summary>
    private static async Task<Payload<T>?> AttemptAsync<TInput, T>(
        IResolveFieldContext context, PartnersDbContext db, TInput input, Key? key,
        Func<MutationScope<TInput>, Task<Change<T>>> body, Func<T, IEnumerable<DomainError>>? notes, CancellationToken ct)
        where T : class
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            if (key is not null && await db.IdempotencyRecords.AsNoTracking()
                    .FirstOrDefaultAsync(r => r.ClientId == key.ClientId && r.Key == key.Value, ct) is { } record)
            {
                return await ReplayAsync(context, db, record, key, notes, ct);
            }

            var change = await body(new MutationScope<TInput>(context, input, db, context.Service<IClock>().UtcNow));
            if (change.Value is not { } value)
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return Payload<T>.Refused(OnInput(change.Errors).ToUserErrors(context));
            }

            // The change first (a new object gets its id), then its events and the key's record, one commit.
            await db.SaveChangesAsync(ct);
            db.OutboxEvents.AddRange(change.Events?.Invoke(value) ?? []);
            if (key is not null)
            {
                db.IdempotencyRecords.Add(new IdempotencyRecord
                {
                    ClientId = key.ClientId, Key = key.Value, Operation = key.Operation, InputHash = key.InputHash,
                    ResultId = db.Entry(value).Property<long>("Id").CurrentValue, CreatedAt = context.Service<IClock>().UtcNow,
                });
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return Answer(context, value, notes);
        }
        catch (DbUpdateException e) when (IsConflict(e))
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return null;
        }
    }

    private static async Task<Payload<T>> ReplayAsync<T>(
        IResolveFieldContext context, PartnersDbContext db, IdempotencyRecord record, Key key, Func<T, IEnumerable<DomainError>>? notes, CancellationToken ct)
        where T : class
    {
        if (record.Operation != key.Operation || record.InputHash != key.InputHash)
        {
            return Payload<T>.Refused(new DomainError(ErrorCodes.IdempotencyKeyReused, "idempotency_key_reused", "Idempotency-Key").ToUserError(context));
        }

        var current = await db.Set<T>().AsNoTracking().FirstOrDefaultAsync(e => EF.Property<long>(e, "Id") == record.ResultId, ct);
        return current is null
            ? Payload<T>.Refused(DomainError.NotFound("Idempotency-Key").ToUserError(context))
            : Answer(context, current, notes);
    }

    private static Payload<T> Answer<T>(IResolveFieldContext context, T value, Func<T, IEnumerable<DomainError>>? notes)
        where T : class =>
        new(value, notes is null ? [] : OnInput(notes(value)).ToUserErrors(context));

    /// <summary>The domain names bare fields (<c>engagementCode</c>); the contract's <c>UserError.field</c> is a path from the argument (<c>input.engagementCode</c>).</summary>
    private static IEnumerable<DomainError> OnInput(IEnumerable<DomainError> errors) =>
        errors.Select(e => e.Field is { } field && !field.StartsWith("input.", StringComparison.Ordinal) ? e with { Field = "input." + field } : e);

    /// <summary>Another writer got there first: a version token changed, or a unique value (key, NISS, open referral) is taken.</summary>
    private static bool IsConflict(DbUpdateException e) =>
        e is DbUpdateConcurrencyException || e.InnerException switch
        {
            SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
            SqlException sqlServer => sqlServer.Number is 2601 or 2627,
            _ => false,
        };

    /// <summary>
    /// The hash of the input as GraphQL.NET parsed it (fields in the input type's order, so the order a client writes
    /// them in does not matter).
    /// </summary>
    private static string HashOf(object? input) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(input))));

    private sealed record Key(string ClientId, string Value, string Operation, string InputHash);
}
