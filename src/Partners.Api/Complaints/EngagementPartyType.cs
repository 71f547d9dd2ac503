using Partners.Api.GraphQL;
using Partners.Domain.Complaints;

namespace Partners.Api.Complaints;

public sealed class EngagementPartyType : EnumType<EngagementParty>
{
    public EngagementPartyType()
    {
        Name = "EngagementParty";
        Description = "The party bound by an engagement open to complaint (décret du 12 janvier 2012, art. 13 11° et art. 14 8°).";
        Values["OFFICE"]!.Description = "The Office (le Forem), engagements of art. 13.";
        Values["OPERATOR"]!.Description = "An operator (opérateur), engagements of art. 14.";
    }
}
