using GraphQL.Types;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Organisations;
using Partners.Domain.Offers;

namespace Partners.Api.Offers;

public sealed class OfferNode : NodeGraphType<Offer>
{
    public const string TypeName = "Offer";

    public OfferNode()
        : base(TypeName, "An offer of services (offre de prestations, décret du 12 janvier 2012, art. 11 5° a et b, art. 14 2°–3°) published by an operator under its cooperation contract.", o => o.Id)
    {
        Field(o => o.Title).Description("The offer's title.");
        Field<NonNullGraphType<ServiceTypeType>>("serviceType").Description("The kind of service (type de prestation).")
            .Resolve(context => context.Source.ServiceType);
        Field<NonNullGraphType<OfferStatusType>>("status").Description("Where the offer stands in its life.")
            .Resolve(context => context.Source.Status);
        Field<NonNullGraphType<RegionType>>("region").Description("The directorate of the place of service (Direction régionale).")
            .Resolve(context => context.Source.Region);
        Field<NonNullGraphType<OrganisationNode>>("operator")
            .Description("The operator (opérateur) that publishes the offer.")
            .Resolve(context => context.LoadOrganisation(context.Source.OperatorOrganisationId));
        Field(o => o.SeatsLeft).Description("Seats left (places disponibles); 0 sends new referrals to the waiting list.");
    }
}
