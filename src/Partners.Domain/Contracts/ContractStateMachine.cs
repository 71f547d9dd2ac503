using Partners.Domain.Common;

namespace Partners.Domain.Contracts;

/// <summary>
/// The life of a cooperation contract (contrat de coopération, decree Art. 11), kept by the Office:
/// <code>
/// to         | from
/// Active     | Draft, Suspended
/// Suspended  | Active
/// Terminated | Draft, Active, Suspended
/// Expired    | Active, Suspended
/// </code>
/// Terminated and expired contracts stay as the record of disputes filed under them. Every other move is
/// <see cref="ErrorCodes.InvalidTransition"/>.
/// </summary>
public static class ContractStateMachine
{
    public const string InvalidTransition = "contract_invalid_transition";

    /// <summary>VALIDATION: a contract is activated only when it adheres to the ethics charter (Art. 11 2°).</summary>
    public const string EthicsCharterRequired = "contract_ethics_charter_required";

    public static readonly IReadOnlyDictionary<ContractStatus, ContractStatus[]> Transitions = new Dictionary<ContractStatus, ContractStatus[]>
    {
        [ContractStatus.Active] = [ContractStatus.Draft, ContractStatus.Suspended],
        [ContractStatus.Suspended] = [ContractStatus.Active],
        [ContractStatus.Terminated] = [ContractStatus.Draft, ContractStatus.Active, ContractStatus.Suspended],
        [ContractStatus.Expired] = [ContractStatus.Active, ContractStatus.Suspended],
    };

    public static Result<CooperationContract> Move(CooperationContract contract, ContractStatus to)
    {
        if (!Transitions.TryGetValue(to, out var from) || !from.Contains(contract.Status))
        {
            return new DomainError(ErrorCodes.InvalidTransition, InvalidTransition, "input.status", contract.Status, to);
        }

        if (to == ContractStatus.Active && !contract.AdheresToEthicsCharter)
        {
            return DomainError.Invalid("input.status", EthicsCharterRequired);
        }

        contract.Status = to;
        return Result<CooperationContract>.Success(contract);
    }
}
