using Partners.Api.GraphQL;
using Partners.Domain.Disputes;

namespace Partners.Api.Disputes;

public sealed class DisputeStatusType : EnumType<DisputeStatus>
{
    public DisputeStatusType()
    {
        Name = "DisputeStatus";
        Description = "The life of a dispute (différend, décret du 12 janvier 2012, art. 16 §2 4°).";
        Values["FILED"]!.Description = "Filed (introduit), admissible, waiting for the Commission's mediation.";
        Values["IN_MEDIATION"]!.Description = "In mediation (en médiation) by the Commission.";
        Values["SETTLED"]!.Description = "Settled (réglé) by an agreement reached in mediation.";
        Values["IN_ARBITRATION"]!.Description = "In arbitration (en arbitrage) by the Commission, where the contract provides it.";
        Values["DECIDED"]!.Description = "Decided (tranché) by the Commission's arbitration decision.";
        Values["INADMISSIBLE"]!.Description = "Inadmissible (irrecevable): the cooperation contract gives the Commission no role (clause NONE).";
        Values["WITHDRAWN"]!.Description = "Withdrawn (retiré) by the party that filed it.";
    }
}
