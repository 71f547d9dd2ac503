namespace Partners.Domain.Contracts;

/// <summary>
/// The dispute clause of a cooperation contract (clause de règlement des différends, decree Art. 11 8°):
/// whether the Commission des opérateurs may mediate, or mediate and arbitrate (Art. 16 §2 4°).
/// </summary>
public enum DisputeClause
{
    None,
    Mediation,
    MediationAndArbitration,
}
