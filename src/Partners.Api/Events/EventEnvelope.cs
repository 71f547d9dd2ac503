using Partners.Data.Events;

namespace Partners.Api.Events;

/// <summary>What travels on the bus: a committed outbox event, without anything a subscriber may not see.</summary>
public sealed record EventEnvelope(
    long Id,
    string Topic,
    long SubjectId,
    IReadOnlyList<long> OrganisationIds,
    DateTime OccurredAt,
    string? Payload)
{
    public static EventEnvelope From(OutboxEvent e) =>
        new(e.Id, e.Topic, e.SubjectId, e.OrganisationIds, e.OccurredAt, e.Payload);

    public bool Concerns(long organisationId) => OrganisationIds.Contains(organisationId);
}
