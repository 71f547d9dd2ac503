using GraphQL.Types;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.DataLoading;
using Partners.Api.GraphQL.Relay;
using Partners.Domain.Organisations;

namespace Partners.Api.Organisations;

public sealed class OrganisationNode : NodeGraphType<Organisation>
{
    public const string TypeName = "Organisation";

    public OrganisationNode()
        : base(TypeName, "A member of the partner network: the Office, a CPAS, an operator, a reconversion unit or the Commission.", o => o.Id)
    {
        this.Member(o => o.Name).Description("The organisation's name.");
        Field<NonNullGraphType<OrganisationKindType>>("kind").Description("What the organisation is in the network.")
            .Reads(nameof(Organisation.Kind)).Resolve(context => context.Source.Kind);
        this.Member(o => o.EnterpriseNumber, nullable: true)
            .Description("Its enterprise number (numéro d'entreprise BCE/KBO), 10 digits.");
        Field<RegionType>("region").Description("The directorate of its seat, if local.")
            .Reads(nameof(Organisation.Region)).Resolve(context => context.Source.Region);
    }
}
