using Partners.Api.GraphQL;
using Partners.Domain.Disputes;

namespace Partners.Api.Disputes;

public sealed class DisputeInadmissibleReasonType : EnumType<DisputeInadmissibleReason>
{
    public DisputeInadmissibleReasonType()
    {
        Name = "DisputeInadmissibleReason";
        Description = "Why a dispute was recorded as inadmissible (motif d'irrecevabilité).";
        Values["NO_COMMISSION_CLAUSE"]!.Description = "The cooperation contract's dispute clause is NONE (art. 11 8°, art. 16 §2 4°).";
    }
}
