using Partners.Api.Localization;
using Keys = Partners.Domain.Difficulties.DifficultyMessageKeys;

namespace Partners.Api.Difficulties;

internal sealed class DifficultyMessages : IMessageCatalogue
{
    public IEnumerable<KeyValuePair<string, (string French, string English)>> Entries { get; } = new Dictionary<string, (string, string)>
    {
        [Keys.ReporterNotAParty] = ("L'Office et les opérateurs signalent les difficultés récurrentes ; la Commission les reçoit.", "The Office and the operators report recurring difficulties; the Commission receives them."),
        [Keys.CommissionOnly] = ("Seule la Commission des opérateurs prend acte d'une difficulté ou la clôture.", "Only the Commission des opérateurs acknowledges or closes a difficulty."),
        [Keys.TitleRequired] = ("Le titre de la difficulté est obligatoire.", "The difficulty's title is required."),
        [Keys.DescriptionRequired] = ("La description de la difficulté est obligatoire.", "The difficulty's description is required."),
        [Keys.TextTooLong] = ("Ce texte dépasse {0} caractères.", "This text exceeds {0} characters."),
        [Keys.InvalidTransition] = ("Une difficulté à l'état « {0} » ne peut passer à l'état « {1} ».", "A difficulty in state '{0}' cannot move to '{1}'."),
    };
}
