namespace Partners.Domain.Referrals;

/// <summary>One change of state of a referral: who (organisation, client, user), when, from, to, why (domain.md).</summary>
public sealed class ReferralHistoryEntry
{
    public long Id { get; set; }

    public long ReferralId { get; set; }

    public required DateTime At { get; init; }

    public required long ActorOrganisationId { get; init; }

    public required string ActorClientId { get; init; }

    public string? ActorUserId { get; init; }

    /// <summary>Null for the creation of the referral.</summary>
    public ReferralStatus? From { get; init; }

    public required ReferralStatus To { get; init; }

    public string? Reason { get; init; }
}
