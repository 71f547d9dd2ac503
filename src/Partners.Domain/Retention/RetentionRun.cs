namespace Partners.Domain.Retention;

/// <summary>
/// One run of the retention (anonymisation of people whose accompaniment closed longer ago than the retention period,
/// purge of old access-log entries): when, and what it did. Also the claim that keeps a second instance from running
/// at the same time: the oldest unfinished run whose lease has not lapsed holds it.
/// </summary>
public sealed class RetentionRun
{
    public long Id { get; set; }

    public required DateTime StartedAt { get; init; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>The claim lapses at this instant unless the run renews it.</summary>
    public DateTime LeaseUntil { get; set; }

    /// <summary><c>service</c> (the API's daily run) or <c>command</c> (the tools' <c>retention run</c>).</summary>
    public required string Trigger { get; init; }

    public int PeopleAnonymised { get; set; }

    /// <summary>People due but kept because a complaint about them is open.</summary>
    public int PeopleHeld { get; set; }

    public int AccessLogEntriesPurged { get; set; }
}
