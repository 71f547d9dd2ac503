using Partners.Api.Localization;
using Partners.Domain.Accompaniment;

namespace Partners.Api.Accompaniment;

internal sealed class AccompanimentMessages : IMessageCatalogue
{
    public IEnumerable<KeyValuePair<string, (string French, string English)>> Entries { get; } = new Dictionary<string, (string, string)>
    {
        [AccompanimentMessageKeys.Closed] = ("L'accompagnement de cette personne est clôturé (art. 13 10°).", "This person's accompaniment is closed (art. 13 10°)."),
        [AccompanimentMessageKeys.ServiceInProgress] = (
            "Une prestation est en cours : l'opérateur la termine et l'évalue avant la clôture de l'accompagnement.",
            "A service is running: its operator ends and evaluates it before the accompaniment is closed."),
        [AccompanimentMessageKeys.DateInFuture] = ("Cette date ne peut pas être dans le futur.", "This date cannot be in the future."),
        [AccompanimentMessageKeys.PlanNeedsObjective] = ("Un plan d'action compte au moins un objectif professionnel.", "An action plan has at least one professional objective."),
        [AccompanimentMessageKeys.PlanNeedsBothCommitments] = (
            "Le plan d'action reprend les engagements du demandeur d'emploi et ceux du Forem.",
            "The action plan states the commitments of the job seeker and of the Office."),
        [AccompanimentMessageKeys.InvalidCounsellor] = (
            "Le conseiller est désigné par l'identifiant (oid) de son compte du Forem.",
            "The counsellor is designated by the object id (oid) of their Office account."),
    };
}
