namespace Partners.Domain.Contracts;

/// <summary>
/// The dispute clause of a cooperation contract (clause de règlement des différends, decree Art. 11 8° and
/// Art. 16 §2 4°): whether the Commission des opérateurs mediates, or mediates and arbitrates, disputes between
/// the Office and the operator.
/// </summary>
public enum DisputeClause
{
    None,
    Mediation,
    MediationAndArbitration,
}
