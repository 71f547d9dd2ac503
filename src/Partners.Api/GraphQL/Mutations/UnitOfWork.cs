using GraphQL;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL.Errors;
using Partners.Data;
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
}
