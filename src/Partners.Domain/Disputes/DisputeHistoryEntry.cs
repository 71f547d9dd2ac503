namespace Partners.Domain.Disputes;

/// <summary>One change of state of a dispute: when, who (organisation, client, user), from, to, why.</summary>
public sealed class DisputeHistoryEntry
{
    public DisputeHistoryEntry(
        DateTime at, long actorOrganisationId, string actorClientId, string? actorUserId,
        DisputeStatus? from, DisputeStatus to, string? reason)
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
    public DisputeStatus? From { get; private set; }

    public DisputeStatus To { get; private set; }

    public string? Reason { get; private set; }
}
