namespace Partners.Domain.Boundaries;

/// <summary>
/// One read of a job seeker's IDENTITY, SOCIAL or HEALTH data, per request and category: who, when, for what purpose,
/// on which legal basis, and (a technical detail) in which operation (GDPR Art. 15, "who looked at my data"; the national register's log is the model).
/// </summary>
public sealed class AccessLogEntry
{
    public long Id { get; set; }

    public required DateTime At { get; init; }

    public required long JobSeekerId { get; init; }

    public required DataCategory Category { get; init; }

    public required long OrganisationId { get; init; }

    public required string ClientId { get; init; }

    public string? UserId { get; init; }

    /// <summary>The GraphQL operation name the client gave, or the root field read when it gave none.</summary>
    public required string Operation { get; init; }

    public required LegalBasis Basis { get; init; }

    /// <summary>The cooperation contract's id, or the consent's id, when the basis is one of them.</summary>
    public long? BasisReference { get; init; }

    /// <summary>The purpose, for an operator: the referral the read served.</summary>
    public long? ReferralId { get; init; }

    /// <summary>The purpose, under consent: the consent's stated purpose as it was at the read. Null for the holder's own mission.</summary>
    public string? Purpose { get; init; }
}
