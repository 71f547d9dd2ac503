using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.Commission;
using Partners.Domain.Disputes;

namespace Partners.Api.Disputes;

public sealed class DisputeHistoryEntryType() : HistoryEntryType<DisputeHistoryEntry, DisputeStatusType>(
    "DisputeHistoryEntry", "One change of state of a dispute: when, by which organisation, from, to, why.",
    h => h.At, h => h.ActorOrganisationId, h => h.From, h => h.To, h => h.Reason);
