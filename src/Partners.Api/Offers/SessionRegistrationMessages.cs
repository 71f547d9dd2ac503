using Partners.Api.Localization;
using Partners.Domain.Offers;

namespace Partners.Api.Offers;

internal sealed class SessionRegistrationMessages : IMessageCatalogue
{
    public IEnumerable<KeyValuePair<string, (string French, string English)>> Entries { get; } = new Dictionary<string, (string, string)>
    {
        [SessionRegistration.SessionPast] = ("Cette séance a déjà eu lieu.", "This session has already taken place."),
        [SessionRegistration.SessionFull] = ("Plus aucune place libre à cette séance.", "No seat left at this session."),
        [SessionRegistration.OfferNotOpen] = ("L'offre n'est pas publiée : ses séances ne prennent pas d'inscription.", "The offer is not published: its sessions take no registration."),
        [SessionRegistration.NotTheOffersReferral] = (
            "Cet adressage n'est pas un adressage en cours de cette personne vers cette offre.",
            "This referral is not an open referral of this person to this offer."),
        [SessionRegistration.OfficeNeedsReferral] = (
            "Le Forem inscrit aux séances d'un opérateur la personne qu'il adresse à son offre (art. 13 5°) : indiquez l'adressage.",
            "The Office registers for an operator's sessions the person it refers to the offer (art. 13 5°): give the referral."),
        [SessionRegistration.NotTheOperator] = (
            "Seuls le Forem et l'organisation qui propose l'offre inscrivent à ses séances.",
            "Only the Office and the organisation that runs the offer register people for its sessions."),
        [SessionRegistration.SeatsPositive] = ("Une séance compte au moins une place.", "A session has at least one seat."),
        [SessionRegistration.SessionHasRegistrations] = (
            "Des personnes sont inscrites à cette séance : annulez leurs inscriptions avant de la retirer.",
            "People are registered for this session: cancel their registrations before removing it."),
        [SessionRegistration.SeatsBelowRegistrations] = (
            "Cette séance compte plus d'inscriptions que les places indiquées.",
            "This session has more registrations than the seats given."),
    };
}
