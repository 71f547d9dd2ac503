using GraphQL.Types;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.DataLoading;
using Partners.Api.GraphQL.Relay;
using Partners.Domain.Offers;

namespace Partners.Api.Offers;

public sealed class OfferSessionType : ObjectGraphType<OfferSession>
{
    public OfferSessionType()
    {
        Name = "OfferSession";
        Description = "One dated session of an offer's calendar (calendrier, décret du 12 janvier 2012, art. 11 5° b).";
        Field<NonNullGraphType<DateTimeGraphType>>("startsAt").Description("When the session starts (UTC).").Resolve(c => c.Source.StartsAt);
        Field<NonNullGraphType<DateTimeGraphType>>("endsAt").Description("When the session ends (UTC).").Resolve(c => c.Source.EndsAt);
        this.Member(s => s.Location, nullable: true).Description("Where, when it differs from the offer's address.");
    }
}

public sealed class InformationSessionType : ObjectGraphType<InformationSession>
{
    public const string TypeName = "InformationSession";

    public InformationSessionType()
    {
        Name = TypeName;
        Description = "An information session or an intake (séance d'information, accueil, décret du 12 janvier 2012, art. 10 3°, 14 3°) presenting an offer to job seekers; people are registered for it with `registerForInformationSession`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The session's id, for registerForInformationSession.")
            .Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<SessionKindType>>("kind").Description("An information session or an intake.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DateTimeGraphType>>("startsAt").Description("When the session starts (UTC).").Resolve(c => c.Source.StartsAt);
        this.Member(s => s.Location).Description("Where it takes place.");
        this.Member(s => s.Description, nullable: true).Description("What the session covers, how to register.");
        this.Member(s => s.Seats, nullable: true).Description("How many people may register; null when there is no limit.");
        Field<IntGraphType>("seatsLeft").Description("Seats not taken by a registration (a count, never a person); null when there is no limit.")
            .Resolve(c => c.Source.Seats is { } seats ? c.LoadSeatsTaken(c.Source.Id).Map(taken => (int?)Math.Max(0, seats - taken)) : null);
    }
}

public sealed class SessionKindType : EnumType<SessionKind>
{
    public SessionKindType()
    {
        Name = "SessionKind";
        Description = "What a session of an offer is (décret du 12 janvier 2012, art. 10 3°: « les accueils ou les séances d'information »).";
        Values["INFORMATION"]!.Description = "An information session (séance d'information) presenting the offer.";
        Values["INTAKE"]!.Description = "An intake (accueil) where the operator receives candidates.";
    }
}
