namespace Partners.Domain.Contracts;

/// <summary>The life of a cooperation contract (contrat de coopération, decree Art. 11).</summary>
public enum ContractStatus
{
    Draft,
    Active,
    Suspended,
    Terminated,
    Expired,
}
