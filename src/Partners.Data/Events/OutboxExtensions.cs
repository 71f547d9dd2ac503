namespace Partners.Data.Events;

/// <summary>
/// An event in the same unit of work as the change it describes. Mutations do not call this: they return their events
/// with the change (<c>Change&lt;T&gt;.Ok(value, events)</c>) and the mutation pipeline writes them in its transaction.
/// </summary>
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
}
