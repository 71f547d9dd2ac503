using Partners.Api.GraphQL.Mutations;
using Partners.Domain.Reconversion;

namespace Partners.Api.Reconversion;

public sealed class ReconversionPlanPayloadType() : PayloadType<ReconversionPlanNode, ReconversionPlan>(
    "ReconversionPlanPayload", "reconversionPlan", "The result of a reconversion plan mutation: the plan, or the refusals and nothing written.");
