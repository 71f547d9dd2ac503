using GraphQL.Types;
using Partners.Api.Contracts;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.DataLoading;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Organisations;
using Partners.Domain.Offers;

namespace Partners.Api.Offers;

public sealed class OfferNode : NodeGraphType<Offer>
{
    public const string TypeName = "Offer";

    public OfferNode()
        : base(TypeName, "An offer of services (offre de prestations, décret du 12 janvier 2012, art. 11 5° a et b, art. 14 2°–3°) published by an operator under its cooperation contract, or by the Office for its own services (prestations internes, art. 8) under none.", o => o.Id)
    {
        this.Member(o => o.Title).Description("The offer's title.");
        Field<NonNullGraphType<ServiceTypeType>>("serviceType").Description("The kind of service (type de prestation).")
            .Reads(nameof(Offer.ServiceType)).Resolve(context => context.Source.ServiceType);
        Field<NonNullGraphType<OfferStatusType>>("status").Description("Where the offer stands in its life.")
            .Reads(nameof(Offer.Status)).Resolve(context => context.Source.Status);
        this.Member(o => o.Objectives).Description("The objectives of the service (objectifs, art. 11 5° a).");
        this.Member(o => o.ExpectedResults).Description("The expected results (résultats attendus).");
        this.Member(o => o.Deliverables).Description("The deliverables (livrables), e.g. a certificate or an evaluation report.");
        this.Member(o => o.Address).Description("The street address of the place of service (lieu de prestation).");
        this.Member(o => o.PostalCode).Description("The postal code of the place of service.");
        this.Member(o => o.Municipality).Description("The municipality (commune) of the place of service.");
        Field<NonNullGraphType<RegionType>>("region").Description("The directorate of the place of service (Direction régionale).")
            .Reads(nameof(Offer.Region)).Resolve(context => context.Source.Region);
        this.Member(o => o.DurationDescription).Description("The duration in words (durée), e.g. \"12 semaines, 4 demi-jours par semaine\".");
        Field<DateScalar>("startsOn").Description("The first day of the service, if fixed (calendrier, art. 11 5° b).")
            .Reads(nameof(Offer.StartsOn)).Resolve(context => context.Source.StartsOn);
        Field<DateScalar>("endsOn").Description("The last day of the service, if fixed.")
            .Reads(nameof(Offer.EndsOn)).Resolve(context => context.Source.EndsOn);
        // Sessions are owned by the offer (EF Core owned types, a table each) and target groups are shared reference
        // data: each list is one statement for every offer of the page, only when selected.
        Field<NonNullGraphType<ConnectionType<OfferSessionType, OfferSession>>>("sessions")
            .Description("The dated sessions of the calendar (calendrier, art. 11 5° b), in time order: by start, then id (no `order`); `where` picks days.")
            .Arguments(Paging.Arguments(new QueryArgument<SessionFilterType> { Name = "where", Description = "Filters." }))
            .Reads().Resolve(context => context.LoadSessionsOf(context.Source.Id)
                .Paged(context, q => SessionFiltering.Calendar.Apply(q, context).OrderBy(s => s.StartsAt).ThenBy(s => s.Id)));
        Field<NonNullGraphType<ConnectionType<InformationSessionType, InformationSession>>>("informationSessions")
            .Description("The information sessions (séances d'information, art. 10 3°), in time order: by start, then id (no `order`); `where` picks days.")
            .Arguments(Paging.Arguments(new QueryArgument<SessionFilterType> { Name = "where", Description = "Filters." }))
            .Reads().Resolve(context => context.LoadInformationSessionsOf(context.Source.Id)
                .Paged(context, q => SessionFiltering.Information.Apply(q, context).OrderBy(s => s.StartsAt).ThenBy(s => s.Id)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetGroupNode>>>>("targetGroups")
            .Description("The target groups (publics cibles) the offer is restricted to; empty means open to every job seeker.")
            .Reads().Resolve(context => context.LoadTargetGroupsOf(context.Source.Id));
        this.Member(o => o.Capacity).Description("How many job seekers the offer takes (capacité).");
        this.Member(o => o.SeatsTaken).Description("Seats taken by accepted referrals (places occupées).");
        this.Member(o => o.SeatsLeft).Reads(nameof(Offer.Capacity), nameof(Offer.SeatsTaken)).Description("Seats left (places disponibles); 0 sends new referrals to the waiting list.");
        this.Member(o => o.IntakeModalities).Description("How candidates are received (modalités d'accueil, art. 14 3°).");
        this.Member(o => o.PrioritisationRule).Description("How candidates are prioritised when seats are short (règle de priorisation).");
        this.Member(o => o.ReferralModalities).Description("How referrals are made to this offer (modalités d'adressage, art. 13 5°).");
        Field<NonNullGraphType<OrganisationNode>>("operator")
            .Description("The organisation that runs the offer: an operator (opérateur), or the Office for its own services (prestations internes, art. 8).")
            .Reads(nameof(Offer.OperatorOrganisationId)).Resolve(context => context.LoadOrganisation(context.Source.OperatorOrganisationId));
        Field<NonNullGraphType<BooleanGraphType>>("officeService")
            .Description("True for a service of the Office itself (prestation interne, art. 8): no cooperation contract; its referrals are not counted for the Commission, and disputes (art. 16) cannot be about it.")
            .Reads(nameof(Offer.ContractId)).Resolve(context => context.Source.IsOfficeService);
        Field<CooperationContractNode>("contract")
            .Description("The cooperation contract (art. 11) the offer is published under; null for the Office's own services (art. 8), which have none, and unless the caller is one of its two parties (the Office, the operator) or the Commission des opérateurs.")
            .Reads(nameof(Offer.ContractId)).Resolve(context => context.Source.ContractId is { } contract ? context.LoadVisibleContract(contract) : null);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Description("When the offer was created (UTC).")
            .Reads(nameof(Offer.CreatedAt)).Resolve(context => context.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeGraphType>>("updatedAt").Description("When the offer last changed (UTC).")
            .Reads(nameof(Offer.UpdatedAt)).Resolve(context => context.Source.UpdatedAt);
    }
}
