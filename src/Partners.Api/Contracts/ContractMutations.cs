using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Errors;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Api.Localization;
using Partners.Api.Organisations;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Contracts;
using Partners.Domain.Organisations;

namespace Partners.Api.Contracts;

public sealed record CreateCooperationContractInput(string OperatorId, DateOnly ValidFrom, DateOnly? ValidUntil, bool AdheresToEthicsCharter, DisputeClause DisputeClause);

public sealed class CreateCooperationContractInputType : InputObjectGraphType<CreateCooperationContractInput>
{
    public CreateCooperationContractInputType()
    {
        Name = "CreateCooperationContractInput";
        Description = "A cooperation contract (contrat de coopération, art. 11) between the Office and one operator, created as a draft.";
        Field<NonNullGraphType<IdGraphType>>("operatorId").Description("The operator (CPAS, ISP operator or reconversion unit).");
        Field<NonNullGraphType<DateScalar>>("validFrom").Description("First day of validity.");
        Field<DateScalar>("validUntil").Description("Last day of validity, inclusive; none until terminated.");
        Field<NonNullGraphType<BooleanGraphType>>("adheresToEthicsCharter").Description("Adherence to the ethics charter (charte éthique, art. 11).");
        Field<NonNullGraphType<DisputeClauseType>>("disputeClause").Description("The dispute clause (art. 11 8°).");
    }
}

public sealed record ChangeCooperationContractStatusInput(string ContractId, ContractStatus Status);

public sealed class ChangeCooperationContractStatusInputType : InputObjectGraphType<ChangeCooperationContractStatusInput>
{
    public ChangeCooperationContractStatusInputType()
    {
        Name = "ChangeCooperationContractStatusInput";
        Description = "Activates, suspends, terminates or expires a cooperation contract (art. 11).";
        Field<NonNullGraphType<IdGraphType>>("contractId").Description("The contract.");
        Field<NonNullGraphType<ContractStatusType>>("status").Description("The new status.");
    }
}

public sealed class CooperationContractPayloadType() : PayloadType<CooperationContractNode, CooperationContract>(
    "CooperationContractPayload", "contract", "The contract as it stands, or the refusals.");

/// <summary>The Office keeps the cooperation contracts: an operator publishes and is referred to only under an active one.</summary>
public sealed class ContractMutations : IMutationFields
{
    private static readonly AccessRule OfficeOnly = AccessRule.Scope().ForKinds(OrganisationKind.Office);

    public void AddTo(MutationType mutation)
    {
        mutation.Mutation<CreateCooperationContractInputType, CooperationContractPayloadType>("createCooperationContract", "Creates a draft cooperation contract with an operator (the Office only).")
            .Authorize(OfficeOnly)
            .Runs<CreateCooperationContractInput, CooperationContract>(async scope =>
            {
                var input = scope.Input;
                var operatorId = GlobalId.KeyOf(input.OperatorId, OrganisationNode.TypeName);
                var kind = operatorId is null
                    ? null
                    : await scope.Db.Organisations.Where(o => o.Id == operatorId).Select(o => (OrganisationKind?)o.Kind).FirstOrDefaultAsync(scope.CancellationToken);
                if (kind is null)
                {
                    return Change<CooperationContract>.NotFound("input.operatorId");
                }

                if (kind is not (OrganisationKind.Cpas or OrganisationKind.IspOperator or OrganisationKind.ReconversionUnit))
                {
                    return DomainError.Invalid("input.operatorId", "contract_not_an_operator");
                }

                if (input.ValidUntil is { } until && until < input.ValidFrom)
                {
                    return DomainError.Invalid("input.validUntil", "end_before_start");
                }

                var contract = new CooperationContract
                {
                    OfficeOrganisationId = scope.Caller.OrganisationId, OperatorOrganisationId = operatorId!.Value, ValidFrom = input.ValidFrom,
                    ValidUntil = input.ValidUntil, AdheresToEthicsCharter = input.AdheresToEthicsCharter, DisputeClause = input.DisputeClause,
                    Status = ContractStatus.Draft,
                };
                scope.Db.CooperationContracts.Add(contract);
                return Change<CooperationContract>.Ok(contract);
            });

        mutation.Mutation<ChangeCooperationContractStatusInputType, CooperationContractPayloadType>("changeCooperationContractStatus", "Moves a cooperation contract in its life (the Office only).")
            .Authorize(OfficeOnly)
            .Runs<ChangeCooperationContractStatusInput, CooperationContract>(async scope =>
            {
                var contract = await scope.FindAsync(scope.Db.CooperationContracts, scope.Input.ContractId, CooperationContractNode.TypeName);
                return contract is null
                    ? Change<CooperationContract>.NotFound("input.contractId")
                    : Change<CooperationContract>.Of(ContractStateMachine.Move(contract, scope.Input.Status));
            });
    }
}

internal sealed class ContractMessages : IMessageCatalogue
{
    public IEnumerable<KeyValuePair<string, (string French, string English)>> Entries { get; } = new Dictionary<string, (string, string)>
    {
        [ContractStateMachine.InvalidTransition] = ("Un contrat à l'état « {0} » ne peut pas passer à l'état « {1} ».", "A contract in state '{0}' cannot move to '{1}'."),
        ["contract_not_an_operator"] = ("Un contrat de coopération se conclut avec un opérateur (CPAS, opérateur d'insertion, cellule de reconversion).", "A cooperation contract is made with an operator (CPAS, insertion operator, reconversion unit)."),
    };
}
