using Partners.Api.GraphQL;
using Partners.Domain.Contracts;

namespace Partners.Api.Contracts;

public sealed class DisputeClauseType : EnumType<DisputeClause>
{
    public DisputeClauseType()
    {
        Name = "DisputeClause";
        Description = "The dispute clause of a cooperation contract (clause de règlement des différends, art. 11 8°), which opens the Commission des opérateurs (art. 16 §2 4°).";
        Values["NONE"]!.Description = "No recourse to the Commission: a dispute is inadmissible (NO_COMMISSION_CLAUSE).";
        Values["MEDIATION"]!.Description = "The Commission may mediate (médiation).";
        Values["MEDIATION_AND_ARBITRATION"]!.Description = "The Commission may mediate, then arbitrate (médiation et arbitrage).";
    }
}
