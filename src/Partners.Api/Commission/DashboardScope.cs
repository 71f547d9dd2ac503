using Partners.Domain.Organisations;

namespace Partners.Api.Commission;

/// <summary>
/// The directorate and period the Commission's dashboard counts over. Each figure counts what was created in the
/// period (a referral, a complaint received, a dispute filed, a difficulty reported), both days included.
/// </summary>
public sealed record DashboardScope(Region? Region, DateOnly? From, DateOnly? To)
{
    /// <summary>The first instant of the period (UTC), if bounded.</summary>
    public DateTime? Start => From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>The first instant after the period (UTC), if bounded.</summary>
    public DateTime? End => To?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}

public sealed record ReferralCount(long OperatorId, Domain.Referrals.ReferralStatus Status, int Count);

public sealed record OperatorCount(long OperatorId, int Count);

public sealed record ComplaintCount(string EngagementCode, long RespondentId, int Year, int Month, int Count);

public sealed record DisputeCount(Domain.Disputes.DisputeStatus Status, int Count, DateTime OldestFiledAt);
