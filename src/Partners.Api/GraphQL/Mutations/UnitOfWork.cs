using GraphQL;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL.Errors;
using Partners.Data;
using Partners.Data.Events;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.Mutations;

/// <summary>
/// Saves a mutation's changes in one transaction. Another writer that changed the same row first (the rows carry a
/// version token) makes this one a <c>CONCURRENCY_CONFLICT</c> refusal, and nothing of it is written.
/// </summary>
public static class UnitOfWork
{
    public static async Task<UserError?> SaveAsync(this PartnersDbContext db, IResolveFieldContext context)
    {
        try
        {
            await db.SaveChangesAsync(context.CancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new DomainError(ErrorCodes.ConcurrencyConflict, "concurrency_conflict").ToUserError(context);
        }
    }

    /// <summary>
    /// As <see cref="SaveAsync(PartnersDbContext, IResolveFieldContext)"/>, with the events the change produces, built
    /// after the save (a new subject has its id then) and committed with it: a conflict or a rollback leaves no event.
    /// Inside a transaction already open (an idempotent mutation's), the events join it.
    /// </summary>
    public static async Task<UserError?> SaveAsync(this PartnersDbContext db, IResolveFieldContext context, Func<IEnumerable<OutboxEvent>> events)
    {
        var ct = context.CancellationToken;
        try
        {
            if (db.Database.CurrentTransaction is null)
            {
                await db.SaveChangesWithEventsAsync(events, ct);
            }
            else
            {
                await db.SaveChangesAsync(ct);
                db.OutboxEvents.AddRange(events());
                await db.SaveChangesAsync(ct);
            }

            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new DomainError(ErrorCodes.ConcurrencyConflict, "concurrency_conflict").ToUserError(context);
        }
    }
}
