using Microsoft.EntityFrameworkCore;

namespace Partners.Data.Events;

/// <summary>How features record an event: in the same unit of work as the change it describes.</summary>
public static class OutboxExtensions
{
    /// <summary>
    /// Adds the event to the context: the next SaveChanges writes it with the change, in the same transaction.
    /// </summary>
    public static OutboxEvent Enqueue(this PartnersDbContext db, string topic, long subjectId, IEnumerable<long> organisationIds, DateTime occurredAt, string? payload = null)
    {
        var outboxEvent = OutboxEvent.Create(topic, subjectId, organisationIds, occurredAt, payload);
        db.OutboxEvents.Add(outboxEvent);
        return outboxEvent;
    }

    /// <summary>
    /// For a subject created by this unit of work (its id comes from the database): saves the change, then the
    /// event built from the saved subject, in one transaction run by the provider's execution strategy.
    /// </summary>
    public static Task SaveChangesWithEventAsync(this PartnersDbContext db, Func<OutboxEvent> eventAfterSave, CancellationToken ct) =>
        db.SaveChangesWithEventsAsync(() => [eventAfterSave()], ct);

    /// <summary>As <see cref="SaveChangesWithEventAsync"/>, for a change several topics hear of (a dispute: its parties and the Commission).</summary>
    public static Task SaveChangesWithEventsAsync(this PartnersDbContext db, Func<IEnumerable<OutboxEvent>> eventsAfterSave, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async cancellationToken =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            db.OutboxEvents.AddRange(eventsAfterSave());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }, ct);
}
