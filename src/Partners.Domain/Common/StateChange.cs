namespace Partners.Domain.Common;

/// <summary>
/// One change of state of a process (a complaint, a dispute): when, who (organisation, client, user), from, to, why.
/// Each process derives its own entry type, so each keeps its own table.
/// </summary>
public abstract class StateChange<TStatus>
    where TStatus : struct, Enum
{
    protected StateChange(DateTime at, long actorOrganisationId, string actorClientId, string? actorUserId, TStatus? from, TStatus to, string? reason)
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
    public TStatus? From { get; private set; }

    public TStatus To { get; private set; }

    public string? Reason { get; private set; }
}
