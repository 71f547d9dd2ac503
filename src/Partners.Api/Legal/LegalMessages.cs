using Partners.Api.Localization;
using Partners.Domain.Common;
using Partners.Domain.Complaints;
using Partners.Domain.Contracts;
using Partners.Domain.JobSeekers;
using Partners.Domain.Offers;
using Partners.Domain.Organisations;

namespace Partners.Api.Legal;

/// <summary>The messages of the decree's legal checks (domain.md, "More rules of the decree"), in French and English.</summary>
internal sealed class LegalMessages : IMessageCatalogue
{
    public IEnumerable<KeyValuePair<string, (string French, string English)>> Entries { get; } = new Dictionary<string, (string, string)>
    {
        [PersonalData.TextContainsNiss] = (
            "Ce texte contient un numéro national (NISS) : la Commission ne reçoit aucune donnée personnelle.",
            "This text carries a national number (NISS): the Commission receives no personal data."),
        [JobSeekerRegistration.NissDisagreesWithBirthDate] = (
            "Le numéro national (NISS) ne correspond pas à la date de naissance.",
            "The national number (NISS) does not agree with the birth date."),
        [JobSeekerRegistration.BirthDateInFuture] = ("La date de naissance doit être dans le passé.", "The birth date must be in the past."),
        [JobSeekerRegistration.NotOfWorkingAge] = (
            "Un demandeur d'emploi a entre {0} et {1} ans.",
            "A job seeker is between {0} and {1} years old."),
        [JobSeekerRegistration.UnknownTargetGroup] = ("Public cible inconnu : {0}.", "Unknown target group: {0}."),
        [JobSeekerRegistration.TargetGroupFollowsBirthDate] = (
            "Le public cible {0} découle de la date de naissance, qui ne le donne pas.",
            "The target group {0} follows from the birth date, which does not give it."),
        [FrenchLanguageRegion.OutsideRegion] = (
            "Ce lieu est hors de la région de langue française, où s'applique le décret (art. 1).",
            "This place lies outside the French-language region, where the decree applies (art. 1)."),
        [FrenchLanguageRegion.OutsideDirectorate] = (
            "Ce code postal n'est pas dans la direction régionale de l'offre.",
            "This postal code is not in the offer's directorate."),
        [OfferMessageKeys.PublicationNeedsCapacity] = (
            "Une offre publiée compte au moins une place (art. 11 5°).",
            "A published offer has at least one seat (art. 11 5°)."),
        [OfferMessageKeys.PublicationNeedsCalendar] = (
            "Une offre publiée a un calendrier : des dates ou des séances (art. 11 5°).",
            "A published offer has a calendar: dates or sessions (art. 11 5°)."),
        [OfferMessageKeys.PublicationNeedsContent] = (
            "Ce contenu est requis pour publier l'offre (art. 11 5°).",
            "This content is required to publish the offer (art. 11 5°)."),
        [ContractStateMachine.EthicsCharterRequired] = (
            "Un contrat de coopération n'est activé qu'avec l'adhésion à la charte éthique (art. 11 2°).",
            "A cooperation contract is activated only with adherence to the ethics charter (art. 11 2°)."),
        [OrganisationRegistration.OnlyOne] = (
            "Le réseau compte un seul Forem et une seule Commission des opérateurs.",
            "The network has exactly one Office and one Commission des opérateurs."),
        [ComplaintMessageKeys.RecorderNotParty] = (
            "Une plainte est enregistrée par l'organisation visée, par le Forem ou par le CPAS de la personne.",
            "A complaint is recorded by the organisation complained about, by the Office or by the person's own CPAS."),
        [ComplaintMessageKeys.NeverServed] = (
            "Cet opérateur n'a reçu aucun adressage de cette personne : il ne peut faire l'objet d'une plainte pour elle.",
            "This operator never received a referral of this person: no complaint about it can be made for them."),
        [ComplaintMessageKeys.ReferralOfAnotherRespondent] = (
            "Cet adressage n'a pas été reçu par l'opérateur visé (un service du Forem relève du Forem, art. 8 et 13).",
            "This referral was not received by the operator complained about (a service of the Office is the Office's, art. 8 and 13)."),
    };
}
