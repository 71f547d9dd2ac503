using Partners.Api.Localization;
using Partners.Domain.Boundaries;

namespace Partners.Api.Boundaries;

internal sealed class BoundaryMessages : IMessageCatalogue
{
    public IEnumerable<KeyValuePair<string, (string French, string English)>> Entries { get; } = new Dictionary<string, (string, string)>
    {
        [ConsentMessageKeys.CategoriesRequired] = ("Un consentement nomme au moins une catégorie de données.", "A consent names at least one data category."),
        [ConsentMessageKeys.ExpiryInPast] = ("La date d'expiration est déjà passée.", "The expiry date is already past."),
        [ConsentMessageKeys.RecorderNotAllowed] = ("Seul le Forem ou le CPAS de la personne enregistre un consentement.", "Only the Office or the person's CPAS records a consent."),
        [ConsentMessageKeys.RecipientUnknown] = ("Organisation destinataire introuvable.", "Recipient organisation not found."),
        ["filter_forbidden"] = ("Filtre refusé : vous ne pouvez pas lire la donnée « {0} ».", "Filter refused: you may not read the field '{0}'."),
        ["access_log_failed"] = ("La consultation n'a pas pu être journalisée ; aucune donnée n'est transmise. Réessayez plus tard.", "The read could not be logged; no data is sent. Try again later."),
    };
}
