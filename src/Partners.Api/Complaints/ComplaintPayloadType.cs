using Partners.Api.GraphQL.Mutations;
using Partners.Domain.Complaints;

namespace Partners.Api.Complaints;

public sealed class ComplaintPayloadType() : PayloadType<ComplaintNode, Complaint>(
    "ComplaintPayload", "complaint", "The complaint after a complaint mutation, or the refusals.");
