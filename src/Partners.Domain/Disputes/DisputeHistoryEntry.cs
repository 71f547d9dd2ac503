using Partners.Domain.Common;

namespace Partners.Domain.Disputes;

/// <summary>One change of state of a dispute (différend, Art. 16 §2 4°).</summary>
public sealed class DisputeHistoryEntry(
    DateTime at, long actorOrganisationId, string actorClientId, string? actorUserId, DisputeStatus? from, DisputeStatus to, string? reason)
    : StateChange<DisputeStatus>(at, actorOrganisationId, actorClientId, actorUserId, from, to, reason);
