namespace Partners.Domain.Complaints;

/// <summary>One change of state of a complaint: when, who (organisation, client, user), from, to, why.</summary>
public sealed class ComplaintHistoryEntry
{
    public ComplaintHistoryEntry(
        DateTime at, long actorOrganisationId, string actorClientId, string? actorUserId,
        ComplaintStatus? from, ComplaintStatus to, string? reason)
    {
        At = at;
        ActorOrganisationId = actorOrganisationId;
        ActorClientId = actorClientId;
        ActorUserId = actorUserId;
        From = from;
        To = to;
        Reason = reason;
    }

    public long Id { get; private set; }

    public DateTime At { get; private set; }

    public long ActorOrganisationId { get; private set; }

    public string ActorClientId { get; private set; }

    public string? ActorUserId { get; private set; }

    /// <summary>Null for the filing itself.</summary>
    public ComplaintStatus? From { get; private set; }

    public ComplaintStatus To { get; private set; }

    public string? Reason { get; private set; }
}
