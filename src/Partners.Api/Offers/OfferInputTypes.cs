using GraphQL.Types;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.Organisations;

namespace Partners.Api.Offers;

/// <summary>The content fields of an offer; on creation the minimum of art. 11 5° a and b is required.</summary>
public abstract class OfferContentInputType : InputObjectGraphType<OfferInput>
{
    protected OfferContentInputType(string name, string description, bool create)
    {
        Name = name;
        Description = description;
        if (!create)
        {
            Field<NonNullGraphType<IdGraphType>>("offerId").Description("The offer to change.");
        }

        Text("title", "The offer's title.", create, 200);
        Field("serviceType", create ? typeof(NonNullGraphType<ServiceTypeType>) : typeof(ServiceTypeType)).Description("The kind of service (type de prestation).");
        Text("objectives", "The objectives of the service (objectifs).", create, InputLimits.LongText);
        Text("expectedResults", "The expected results (résultats attendus).", required: false, InputLimits.LongText);
        Text("deliverables", "The deliverables (livrables).", required: false, InputLimits.LongText);
        Text("address", "The street address of the place of service.", create, 300);
        Text("postalCode", "The postal code of the place of service.", create, 10);
        Text("municipality", "The municipality of the place of service.", create, 100);
        Field("region", create ? typeof(NonNullGraphType<RegionType>) : typeof(RegionType)).Description("The directorate of the place of service.");
        Text("durationDescription", "The duration in words.", required: false, 500);
        Field<DateScalar>("startsOn").Description("The first day of the service, if fixed.");
        Field<DateScalar>("endsOn").Description("The last day of the service, if fixed; not before startsOn.");
        Field<ListGraphType<NonNullGraphType<OfferSessionInputType>>>("sessions").Description("The calendar's sessions; replaces the whole list.");
        Field<ListGraphType<NonNullGraphType<InformationSessionInputType>>>("informationSessions").Description("The information sessions (art. 10 3°); replaces the whole list.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("targetGroupCodes").Description("The target group codes the offer is restricted to (see `targetGroups`); empty opens it to all; replaces the whole list.").MaxLength(40);
        Field<IntGraphType>("capacity").Description("How many job seekers the offer takes; not negative.");
        Text("intakeModalities", "How candidates are received (modalités d'accueil).", required: false, InputLimits.LongText);
        Text("prioritisationRule", "How candidates are prioritised when seats are short.", required: false, InputLimits.LongText);
        Text("referralModalities", "How referrals are made (modalités d'adressage).", required: false, InputLimits.LongText);
    }

    private void Text(string name, string description, bool required, int maxLength) =>
        Field(name, required ? typeof(NonNullGraphType<StringGraphType>) : typeof(StringGraphType)).Description(description).MaxLength(maxLength);
}

public sealed class CreateOfferInputType() : OfferContentInputType(
    "CreateOfferInput", "A new offer of services, created as a DRAFT under the caller's active cooperation contract.", create: true);

public sealed class UpdateOfferInputType() : OfferContentInputType(
    "UpdateOfferInput", "Changes to an offer: fields left out stay as they are.", create: false);

public sealed class OfferSessionInputType : InputObjectGraphType<OfferSessionInput>
{
    public OfferSessionInputType()
    {
        Name = "OfferSessionInput";
        Description = "One dated session of an offer's calendar (calendrier, art. 11 5° b).";
        Field<NonNullGraphType<DateTimeGraphType>>("startsAt").Description("When the session starts (ISO 8601, UTC if no offset).");
        Field<NonNullGraphType<DateTimeGraphType>>("endsAt").Description("When the session ends; not before startsAt.");
        Field<StringGraphType>("location").Description("Where, when it differs from the offer's address.").MaxLength(300);
    }
}

public sealed class InformationSessionInputType : InputObjectGraphType<InformationSessionInput>
{
    public InformationSessionInputType()
    {
        Name = "InformationSessionInput";
        Description = "An information session or an intake (séance d'information, accueil, art. 10 3°, 14 3°); a session kept at the same start and place keeps its registrations.";
        Field<NonNullGraphType<DateTimeGraphType>>("startsAt").Description("When the session starts (ISO 8601, UTC if no offset).");
        Field<NonNullGraphType<StringGraphType>>("location").Description("Where it takes place.").MaxLength(300);
        Field<StringGraphType>("description").Description("What the session covers, how to register.").MaxLength(InputLimits.Text);
        Field<SessionKindType>("kind").Description("An information session (the default) or an intake.");
        Field<IntGraphType>("seats").Description("How many people may register (registerForInformationSession), at least 1 and not below the registrations made; no limit when omitted.");
    }
}

/// <summary>The input of a status move: one offer id. Each move has its own named type, as the contract wants.</summary>
public abstract class OfferIdInputType : InputObjectGraphType<OfferIdInput>
{
    protected OfferIdInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("offerId").Description("The offer to move.");
    }
}

public sealed class PublishOfferInputType() : OfferIdInputType("PublishOfferInput", "Which draft or suspended offer to publish.");

public sealed class SuspendOfferInputType() : OfferIdInputType("SuspendOfferInput", "Which published offer to suspend.");

public sealed class ArchiveOfferInputType() : OfferIdInputType("ArchiveOfferInput", "Which offer to archive for good.");
