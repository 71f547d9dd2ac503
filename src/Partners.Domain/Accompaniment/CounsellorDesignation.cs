namespace Partners.Domain.Accompaniment;

/// <summary>
/// One designation of a referent counsellor (conseiller référent, decree Art. 13 2°) for one person: the staff member
/// (their Entra object id), from when, until when. The designations of a person form its history; the one without an
/// end is the current one, and "tell the counsellor" (Art. 14 5°–7°) reaches the one designated at that time.
/// </summary>
public sealed class CounsellorDesignation
{
    public long Id { get; set; }

    public required long JobSeekerId { get; init; }

    /// <summary>The staff member: the object id (<c>oid</c>) of their Office account.</summary>
    public required string CounsellorUserId { get; init; }

    public required string CounsellorName { get; init; }

    public required DateTime DesignatedAt { get; init; }

    /// <summary>When the next designation replaced this one; null while current.</summary>
    public DateTime? EndedAt { get; set; }

    /// <summary>The Office client (and person) that made the designation.</summary>
    public required string DesignatedByClientId { get; init; }

    public string? DesignatedByUserId { get; init; }

    /// <summary>True when this designation was the current one at <paramref name="at"/>.</summary>
    public bool CoversInstant(DateTime at) => DesignatedAt <= at && (EndedAt is null || at < EndedAt);
}
