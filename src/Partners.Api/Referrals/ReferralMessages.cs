using Partners.Api.Localization;
using Partners.Domain.JobSeekers;
using Partners.Domain.Referrals;

namespace Partners.Api.Referrals;

internal sealed class ReferralMessages : IMessageCatalogue
{
    public IEnumerable<KeyValuePair<string, (string French, string English)>> Entries { get; } = new Dictionary<string, (string, string)>
    {
        [ReferralMessageKeys.InvalidTransition] = ("Passage de l'état « {0} » à l'état « {1} » non autorisé.", "Moving from '{0}' to '{1}' is not allowed."),
        [ReferralMessageKeys.WrongParty] = ("Ce passage (de « {0} » à « {1} ») revient à l'autre partie de l'adressage.", "This move (from '{0}' to '{1}') belongs to the other party of the referral."),
        [ReferralMessageKeys.OperatorOnly] = ("Seul l'opérateur qui reçoit l'adressage le fait (art. 14 5°–6°).", "Only the operator receiving the referral does this (art. 14 5°–6°)."),
        [ReferralMessageKeys.NoResultToInform] = ("Aucune suite n'a encore été réservée à la candidature : rien à communiquer au demandeur d'emploi.", "No candidacy result yet: nothing to tell the job seeker."),
        [ReferralMessageKeys.ObjectiveNotInPlan] = ("Cet objectif ne figure pas dans le plan d'action en cours de la personne (art. 8).", "This objective is not in the person's current action plan (art. 8)."),
        [ReferralMessageKeys.NotAParty] = ("Votre organisation n'est pas partie à cet adressage.", "Your organisation is not a party to this referral."),
        [ReferralMessageKeys.RefusalReasonRequired] = ("Un refus exige un motif codé.", "A refusal needs a coded reason."),
        [ReferralMessageKeys.MotivationRequired] = ("Un refus exige une motivation écrite.", "A refusal needs a written motivation."),
        [ReferralMessageKeys.RefusalReasonOnlyForRefusal] = ("Seul un refus porte un motif de refus.", "Only a refusal carries a refusal reason."),
        [ReferralMessageKeys.NotInProgress] = ("Les événements se signalent pendant la prestation (état actuel : « {0} »).", "Events are reported while the service runs (current state: '{0}')."),
        [ReferralMessageKeys.OfferNotPublished] = ("L'offre n'est pas publiée.", "The offer is not published."),
        [ReferralMessageKeys.ContractNotActive] = ("Le contrat de coopération de l'opérateur n'est pas actif.", "The operator's cooperation contract is not active."),
        [ReferralMessageKeys.NotInTargetGroup] = ("Le demandeur d'emploi ne remplit pas les conditions d'accès de l'offre.", "The job seeker does not meet the offer's access conditions."),
        [ReferralMessageKeys.NotCoveredByReconversionPlan] = ("Le demandeur d'emploi n'est couvert par aucun plan en cours de cette cellule de reconversion.", "The job seeker is covered by no running plan of this reconversion unit."),
        [JobSeekerMessageKeys.SpecificPathwayTooLong] = ("Le trajet spécifique dure au plus {0} mois.", "The specific pathway lasts at most {0} months."),
        [JobSeekerMessageKeys.NonMobilisableTooLong] = ("Le statut non mobilisable dure au plus {0} mois à la fois.", "The non-mobilisable status lasts at most {0} months at a time."),
        [JobSeekerMessageKeys.ReviewOutdated] = ("Le statut non mobilisable est réévalué au moins tous les {0} mois : la date de réévaluation ne peut être ni plus ancienne ni future.", "The non-mobilisable status is reviewed at least every {0} months: the review date can be neither older nor in the future."),
        [JobSeekerMessageKeys.NotHolder] = ("Seul le détenteur de la catégorie l'écrit : le CPAS de la personne pour SOCIAL, le service social du Forem pour HEALTH.", "Only the category's holder writes it: the person's CPAS for SOCIAL, the Office's social service for HEALTH."),
        ["niss_already_registered"] = ("Ce NISS est déjà inscrit.", "This NISS is already registered."),
        ["idempotency_key_reused"] = ("Cette clé d'idempotence a déjà servi pour une autre demande.", "This idempotency key was already used for another request."),
    };
}
