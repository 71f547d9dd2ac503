using Partners.Api.Localization;
using Keys = Partners.Domain.Disputes.DisputeMessageKeys;

namespace Partners.Api.Disputes;

internal sealed class DisputeMessages : IMessageCatalogue
{
    public IEnumerable<KeyValuePair<string, (string French, string English)>> Entries { get; } = new Dictionary<string, (string, string)>
    {
        [Keys.NoCommissionClause] = ("Différend irrecevable : le contrat de coopération ne confie aucun rôle à la Commission des opérateurs (art. 11 8°, art. 16 §2 4°). Il est enregistré comme irrecevable.", "Inadmissible dispute: the cooperation contract gives the Commission des opérateurs no role (Art. 11 8°, Art. 16 §2 4°). It is recorded as inadmissible."),
        [Keys.NoArbitrationClause] = ("Le contrat de coopération ne prévoit que la médiation : la Commission ne peut arbitrer ce différend.", "The cooperation contract provides mediation only: the Commission cannot arbitrate this dispute."),
        [Keys.FilerNotAParty] = ("Seuls l'Office et un opérateur introduisent un différend, l'un contre l'autre.", "Only the Office and an operator file disputes, one against the other."),
        [Keys.RespondentNotAParty] = ("La partie adverse doit être l'autre partie d'un contrat de coopération avec vous (l'Office ou l'opérateur).", "The respondent must be the other party of a cooperation contract with you (the Office or the operator)."),
        [Keys.CommissionOnly] = ("La médiation, l'accord, l'arbitrage et la décision relèvent de la Commission des opérateurs (art. 16 §2 4°).", "Mediation, settlement, arbitration and decision belong to the Commission des opérateurs (Art. 16 §2 4°)."),
        [Keys.FilerOnly] = ("Seule la partie qui a introduit le différend peut le retirer.", "Only the party that filed the dispute may withdraw it."),
        [Keys.InvalidTransition] = ("Un différend à l'état « {0} » ne peut passer à l'état « {1} ».", "A dispute in state '{0}' cannot move to '{1}'."),
        [Keys.SubjectRequired] = ("L'objet du différend est obligatoire.", "The dispute's subject is required."),
        [Keys.DescriptionRequired] = ("La description du différend est obligatoire.", "The dispute's description is required."),
        [Keys.ReferralNotBetweenParties] = ("Chaque orientation citée doit être une orientation de l'Office partie vers l'opérateur partie au différend.", "Each referral named must be a referral by the Office party to the operator party of the dispute."),
        [Keys.TooManyReferrals] = ("Un différend peut porter sur {0} orientations au plus.", "A dispute may be about at most {0} referrals."),
        [Keys.TextTooLong] = ("Ce texte dépasse {0} caractères.", "This text exceeds {0} characters."),
        [Keys.OutcomeTextRequired] = ("Le texte de l'accord ou de la décision est obligatoire.", "The text of the agreement or decision is required."),
        [Keys.RepresentativesNeedRegion] = ("Des représentants ne sont invités que pour une matière sous-régionale : indiquez la direction régionale (art. 16 §4).", "Representatives are invited only for a sub-regional matter: name the directorate (Art. 16 §4)."),
    };
}
