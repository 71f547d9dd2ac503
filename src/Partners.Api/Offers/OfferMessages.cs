using Partners.Api.Localization;
using Partners.Domain.Offers;

namespace Partners.Api.Offers;

/// <summary>The messages of the offer rules (OfferMessageKeys); <c>required</c> is the platform's own.</summary>
internal sealed class OfferMessages : IMessageCatalogue
{
    public IEnumerable<KeyValuePair<string, (string French, string English)>> Entries { get; } = new Dictionary<string, (string, string)>
    {
        [OfferMessageKeys.InvalidTransition] = ("Changement d'état refusé : une offre ne passe pas de « {0} » à « {1} ».", "Status change refused: an offer cannot move from '{0}' to '{1}'."),
        [OfferMessageKeys.NotOwner] = ("Seul l'opérateur qui propose l'offre peut la modifier.", "Only the operator that owns the offer may change it."),
        [OfferMessageKeys.ContractNotActive] = ("Un contrat de coopération actif avec le Forem est requis (décret du 12 janvier 2012, art. 11).", "An active cooperation contract with the Office is required (decree of 12 January 2012, Art. 11)."),
        [OfferMessageKeys.NoSeatsLeft] = ("Il ne reste aucune place dans cette offre.", "No seat is left in this offer."),
        // Shared: the referral rules use it for their own dates too.
        [OfferMessageKeys.EndBeforeStart] = ("La fin ne peut pas précéder le début.", "The end cannot come before the start."),
        [OfferMessageKeys.NegativeCapacity] = ("La capacité ne peut pas être négative.", "The capacity cannot be negative."),
        [OfferInputCheck.UnknownTargetGroup] = ("Public cible inconnu : {0}.", "Unknown target group: {0}."),
    };
}
