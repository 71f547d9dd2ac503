using GraphQL.Types;
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
        Field(s => s.Location, nullable: true).Description("Where, when it differs from the offer's address.");
    }
}

public sealed class InformationSessionType : ObjectGraphType<InformationSession>
{
    public InformationSessionType()
    {
        Name = "InformationSession";
        Description = "An information session (séance d'information, décret du 12 janvier 2012, art. 10 3°) presenting an offer to job seekers.";
        Field<NonNullGraphType<DateTimeGraphType>>("startsAt").Description("When the session starts (UTC).").Resolve(c => c.Source.StartsAt);
        Field(s => s.Location).Description("Where it takes place.");
        Field(s => s.Description, nullable: true).Description("What the session covers, how to register.");
    }
}
