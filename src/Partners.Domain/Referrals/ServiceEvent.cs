namespace Partners.Domain.Referrals;

/// <summary>
/// An event during the service that the operator tells the counsellor about, with a proposed adjustment if any
/// (informer le conseiller de tout événement, proposer des adaptations, decree Art. 14 6°).
/// </summary>
public sealed class ServiceEvent
{
    public long Id { get; set; }

    public required DateOnly OccurredOn { get; init; }

    public required ServiceEventKind Kind { get; init; }

    public required string Description { get; init; }

    public string? ProposedAdjustment { get; init; }

    public DateTime ReportedAt { get; init; }

    /// <summary>The client (and user, if any) that reported it, e.g. <c>isp-demo</c>.</summary>
    public string ReportedBy { get; init; } = "";
}
