namespace Partners.Data.Events;

/// <summary>
/// A change worth telling subscribers about, written by the same SaveChanges as the change itself: a rolled-back
/// change leaves no event. The dispatcher publishes committed rows in <see cref="Id"/> order and stamps them.
/// </summary>
public sealed class OutboxEvent
{
    /// <summary>Identity: the event's id and its order.</summary>
    public long Id { get; set; }

    /// <summary>What changed, e.g. <c>referral</c>, <c>dispute</c>, <c>commission</c> (see <see cref="EventTopics"/>).</summary>
    public required string Topic { get; set; }

    /// <summary>The id of the changed object (a referral's, a dispute's…).</summary>
    public long SubjectId { get; set; }

    /// <summary>The organisations concerned: delivery skips other subscribers before loading anything.</summary>
    public List<long> OrganisationIds { get; set; } = [];

    public DateTime OccurredAt { get; set; }

    /// <summary>A small JSON document for the loader (never personal data: the loader reads the database).</summary>
    public string? Payload { get; set; }

    /// <summary>When a dispatcher claimed and published it; null while waiting.</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>Which dispatcher claimed it (instance and batch), so several instances publish each event once.</summary>
    public string? PublishedBy { get; set; }

    public static OutboxEvent Create(string topic, long subjectId, IEnumerable<long> organisationIds, DateTime occurredAt, string? payload = null) =>
        new()
        {
            Topic = topic,
            SubjectId = subjectId,
            OrganisationIds = [.. organisationIds.Distinct()],
            OccurredAt = occurredAt,
            Payload = payload,
        };
}
