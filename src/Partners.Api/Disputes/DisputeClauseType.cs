using GraphQL.Types;
using Partners.Domain.Contracts;

namespace Partners.Api.Disputes;

public sealed class DisputeClauseType : EnumerationGraphType<DisputeClause>
{
    public DisputeClauseType()
    {
        Name = "DisputeClause";
        Description = "The dispute clause of a cooperation contract (clause de règlement des différends, décret du 12 janvier 2012, art. 11 8°).";
        Values["NONE"]!.Description = "No role for the Commission: a dispute is inadmissible.";
        Values["MEDIATION"]!.Description = "Mediation by the Commission des opérateurs, no arbitration.";
        Values["MEDIATION_AND_ARBITRATION"]!.Description = "Mediation, then arbitration, by the Commission des opérateurs (art. 16 §2 4°).";
    }
}
