using Partners.Api.GraphQL.Mutations;
using Partners.Domain.Disputes;

namespace Partners.Api.Disputes;

/// <summary>An inadmissible filing comes back with the recorded dispute <em>and</em> its NO_COMMISSION_CLAUSE error.</summary>
public sealed class DisputePayloadType() : PayloadType<DisputeNode, Dispute>(
    "DisputePayload", "dispute", "The dispute after a dispute mutation, or the refusals; an inadmissible filing returns both the recorded dispute and NO_COMMISSION_CLAUSE.");
