namespace Partners.Domain.Contracts;

/// <summary>
/// The cooperation contract (contrat de coopération, decree Art. 11) between the Office and one operator
/// (Art. 2 7°): parties, validity period, adherence to the ethics charter and the dispute clause (Art. 11 8°).
/// An operator publishes offers and receives referrals only while its contract is active.
/// </summary>
public sealed class CooperationContract
{
    public long Id { get; set; }

    /// <summary>The Office (le Forem), party to every contract.</summary>
    public required long OfficeOrganisationId { get; set; }

    /// <summary>The operator (opérateur), the other party.</summary>
    public required long OperatorOrganisationId { get; set; }

    /// <summary>First day of validity.</summary>
    public required DateOnly ValidFrom { get; set; }

    /// <summary>Last day of validity, inclusive; null when the contract runs until terminated.</summary>
    public DateOnly? ValidUntil { get; set; }

    /// <summary>Adherence to the ethics charter (charte éthique, Art. 11).</summary>
    public bool AdheresToEthicsCharter { get; set; }

    public DisputeClause DisputeClause { get; set; } = DisputeClause.None;

    public ContractStatus Status { get; set; } = ContractStatus.Draft;

    /// <summary>True when the contract is <see cref="ContractStatus.Active"/> and <paramref name="day"/> lies in its validity period.</summary>
    public bool IsActiveOn(DateOnly day) =>
        Status == ContractStatus.Active && ValidFrom <= day && (ValidUntil is null || day <= ValidUntil);
}
