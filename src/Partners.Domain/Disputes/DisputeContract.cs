using Partners.Domain.Contracts;

namespace Partners.Domain.Disputes;

/// <summary>
/// The cooperation contract between the Office and the operator concerned (contrat de coopération, Art. 11), as
/// far as a dispute needs it: its id, its operator and its dispute clause (Art. 11 8°). Taken as an input so the
/// rules do not depend on how contracts are stored.
/// </summary>
public sealed record DisputeContract(long ContractId, long OperatorOrganisationId, DisputeClause Clause);
