using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.Commission;
using Partners.Domain.Complaints;

namespace Partners.Api.Complaints;

public sealed class ComplaintHistoryEntryType() : HistoryEntryType<ComplaintHistoryEntry, ComplaintStatusType>(
    "ComplaintHistoryEntry", "One change of state of a complaint: when, by which organisation, from, to, why.",
    h => h.At, h => h.ActorOrganisationId, h => h.From, h => h.To, h => h.Reason);
