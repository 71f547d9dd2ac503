using Partners.Domain.Common;

namespace Partners.Domain.Complaints;

/// <summary>One change of state of a complaint (plainte, Art. 13 11°, Art. 14 8°).</summary>
public sealed class ComplaintHistoryEntry(
    DateTime at, long actorOrganisationId, string actorClientId, string? actorUserId, ComplaintStatus? from, ComplaintStatus to, string? reason)
    : StateChange<ComplaintStatus>(at, actorOrganisationId, actorClientId, actorUserId, from, to, reason);
