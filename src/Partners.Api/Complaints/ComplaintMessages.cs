using Partners.Api.Localization;
using Keys = Partners.Domain.Complaints.ComplaintMessageKeys;

namespace Partners.Api.Complaints;

internal sealed class ComplaintMessages : IMessageCatalogue
{
    public IEnumerable<KeyValuePair<string, (string French, string English)>> Entries { get; } = new Dictionary<string, (string, string)>
    {
        [Keys.EngagementUnknown] = ("L'engagement « {0} » n'est pas ouvert à la plainte.", "The engagement '{0}' is not open to complaint."),
        [Keys.EngagementNotApplicable] = ("L'engagement « {0} » ne lie pas la partie mise en cause ({1}) : choisissez un engagement de cette partie.", "The engagement '{0}' does not bind the party complained about ({1}): choose one of that party's engagements."),
        [Keys.RespondentNotAParty] = ("Cette organisation n'a pas d'engagement envers les demandeurs d'emploi : une plainte ne peut la viser.", "This organisation has no engagement towards job seekers: a complaint cannot name it."),
        [Keys.DescriptionRequired] = ("La description de la plainte est obligatoire.", "The complaint's description is required."),
        [Keys.DescriptionTooLong] = ("La description dépasse {0} caractères.", "The description exceeds {0} characters."),
        [Keys.ReceivedOnInFuture] = ("La date de réception ne peut être dans le futur.", "The day of receipt cannot be in the future."),
        [Keys.RecorderNotAllowed] = ("La Commission ne voit les plaintes que comptées : elle n'en enregistre pas.", "The Commission sees complaints only as counts: it does not record them."),
        [Keys.NotRespondent] = ("Seule la partie mise en cause traite la plainte (art. 13 11°, art. 14 8°).", "Only the party complained about handles the complaint (Art. 13 11°, Art. 14 8°)."),
        [Keys.NotRecorderOrRespondent] = ("Seule l'organisation qui a enregistré la plainte, ou la partie mise en cause, en enregistre le retrait.", "Only the organisation that recorded the complaint, or the party complained about, records its withdrawal."),
        [Keys.InvalidTransition] = ("Une plainte à l'état « {0} » ne peut passer à l'état « {1} ».", "A complaint in state '{0}' cannot move to '{1}'."),
        [Keys.AnswerTextRequired] = ("La réponse doit être motivée : le texte est obligatoire.", "The answer must be motivated: the text is required."),
        [Keys.AnswerTextTooLong] = ("La réponse dépasse {0} caractères.", "The answer exceeds {0} characters."),
    };
}
