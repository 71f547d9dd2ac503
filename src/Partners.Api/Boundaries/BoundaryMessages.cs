using Partners.Api.Localization;
using Partners.Domain.Boundaries;

namespace Partners.Api.Boundaries;

internal sealed class BoundaryMessages : IMessageCatalogue
{
    public IEnumerable<KeyValuePair<string, (string French, string English)>> Entries { get; } = new Dictionary<string, (string, string)>
    {
        [ConsentMessageKeys.CategoriesRequired] = ("Un consentement nomme au moins une catégorie de données.", "A consent names at least one data category."),
        [ConsentMessageKeys.ExpiryInPast] = ("La date d'expiration est déjà passée.", "The expiry date is already past."),
        [ConsentMessageKeys.CategoryNotHeld] = ("Vous ne détenez pas le secret de : {0}. Le consentement est enregistré par le détenteur de chaque catégorie (Forem pour IDENTITY et PATHWAY, CPAS de la personne pour SOCIAL, service social du Forem pour HEALTH).", "You do not hold the secret of: {0}. A consent is recorded by the holder of each category (the Office for IDENTITY and PATHWAY, the person's CPAS for SOCIAL, the Office's social service for HEALTH)."),
        [ConsentMessageKeys.RecipientCommission] = ("La Commission des opérateurs ne reçoit aucune donnée personnelle.", "The Commission receives no personal data."),
        [ConsentMessageKeys.RecipientIsHolder] = ("Le destinataire détient déjà cette catégorie : un consentement ne le nomme pas.", "The recipient holds that category itself: a consent does not name it."),
        [ConsentMessageKeys.RecipientNotAllowed] = ("Ce destinataire ne peut pas recevoir : {0}.", "This recipient may not receive: {0}."),
        [ConsentMessageKeys.WithdrawerNotHolder] = ("Seul un détenteur d'une catégorie de ce consentement le retire.", "Only a holder of one of the consent's categories withdraws it."),
        [ConsentMessageKeys.RecipientUnknown] = ("Organisation destinataire introuvable.", "Recipient organisation not found."),
        ["filter_forbidden"] = ("Filtre refusé : vous ne pouvez pas lire la donnée « {0} ».", "Filter refused: you may not read the field '{0}'."),
        ["access_purpose_referral"] = ("Adressage n° {0}", "Referral no. {0}"),
        ["access_purpose_cpas"] = ("Aide sociale du CPAS de la personne", "Social aid by the person's own CPAS"),
        ["access_purpose_office"] = ("Accompagnement individualisé par le Forem", "Individualised accompaniment by the Office (le Forem)"),
        ["access_basis_contract"] = ("Contrat de coopération n° {0} (décret du 12 janvier 2012, art. 11)", "Cooperation contract no. {0} (decree of 12 January 2012, art. 11)"),
        ["access_basis_consent"] = ("Consentement n° {0} de la personne", "The person's consent no. {0}"),
        ["access_basis_cpas"] = ("Mission du CPAS (loi organique des CPAS du 8 juillet 1976, art. 36)", "The CPAS's mission (CPAS organic law of 8 July 1976, art. 36)"),
        ["access_basis_office"] = ("Mission du Forem (décret du 12 janvier 2012, art. 4 et 13)", "The Office's mission (decree of 12 January 2012, art. 4 and 13)"),
        ["access_log_failed"] = ("La consultation n'a pas pu être journalisée ; aucune donnée n'est transmise. Réessayez plus tard.", "The read could not be logged; no data is sent. Try again later."),
    };
}
