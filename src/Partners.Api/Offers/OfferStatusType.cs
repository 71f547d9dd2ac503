using Partners.Api.GraphQL;
using Partners.Domain.Offers;

namespace Partners.Api.Offers;

public sealed class OfferStatusType : EnumType<OfferStatus>
{
    public OfferStatusType()
    {
        Name = "OfferStatus";
        Description = "The life of an offer of services (offre de prestations, décret du 12 janvier 2012, art. 14 2°).";
        Values["DRAFT"]!.Description = "Being written by its operator (brouillon); invisible to every other organisation.";
        Values["PUBLISHED"]!.Description = "Published (publiée): open to referrals.";
        Values["SUSPENDED"]!.Description = "Suspended (suspendue): no new referrals; visible to its operator and the Office only.";
        Values["ARCHIVED"]!.Description = "Archived (archivée): closed for good; visible to its operator and the Office only.";
    }
}
