namespace Partners.Domain.Offers;

/// <summary>The life of an offer of services (offre de prestations, decree Art. 14 2°); see <see cref="OfferStateMachine"/>.</summary>
public enum OfferStatus
{
    Draft,
    Published,
    Suspended,
    Archived,
}
