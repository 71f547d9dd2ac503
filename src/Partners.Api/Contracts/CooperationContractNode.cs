using GraphQL.Types;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Organisations;
using Partners.Domain.Common;
using Partners.Domain.Contracts;

namespace Partners.Api.Contracts;

public sealed class CooperationContractNode : NodeGraphType<CooperationContract>
{
    public const string TypeName = "CooperationContract";

    public CooperationContractNode()
        : base(TypeName, "A cooperation contract (contrat de coopération, décret du 12 janvier 2012, art. 11) between the Office and one operator (art. 2 7°). Readable by its two parties and the Commission des opérateurs.", c => c.Id)
    {
        Field<NonNullGraphType<OrganisationNode>>("office").Description("The Office (le Forem), party to every contract.")
            .Resolve(context => context.LoadOrganisation(context.Source.OfficeOrganisationId));
        Field<NonNullGraphType<OrganisationNode>>("operator").Description("The operator (opérateur), the other party.")
            .Resolve(context => context.LoadOrganisation(context.Source.OperatorOrganisationId));
        Field<NonNullGraphType<DateScalar>>("validFrom").Description("First day of validity (période de validité).")
            .Resolve(context => context.Source.ValidFrom);
        Field<DateScalar>("validUntil").Description("Last day of validity, inclusive; null while it runs until terminated.")
            .Resolve(context => context.Source.ValidUntil);
        this.Member(c => c.AdheresToEthicsCharter).Description("Whether the operator adheres to the ethics charter (charte éthique, art. 11).");
        Field<NonNullGraphType<DisputeClauseType>>("disputeClause").Description("The dispute clause (art. 11 8°).")
            .Resolve(context => context.Source.DisputeClause);
        Field<NonNullGraphType<ContractStatusType>>("status").Description("Where the contract stands in its life.")
            .Resolve(context => context.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("activeToday")
            .Description("True when the contract is ACTIVE and today lies in its validity period: offers and referrals need it.")
            .Resolve(context => context.Source.IsActiveOn(context.Service<IClock>().Today));
    }
}
