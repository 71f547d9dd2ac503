using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Partners.Data.Events;

/// <summary>
/// Signals the dispatcher after a save that added events, or after the commit when the save ran inside an explicit
/// transaction. The dispatcher reads the database, so a signal for a rolled-back change finds nothing.
/// </summary>
public sealed class OutboxInterceptor(OutboxSignal signal) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> pending = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Track(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Track(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    private void Track(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<OutboxEvent>().Any(e => e.State == EntityState.Added))
        {
            pending.AddOrUpdate(context, true);
        }
    }

    private void Saved(DbContext? context)
    {
        // Inside an explicit transaction the rows are not visible yet: wait for the commit.
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            Committed(context);
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && pending.Remove(context))
        {
            signal.Notify();
        }
    }
}
