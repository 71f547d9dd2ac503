namespace Partners.Domain.Disputes;

/// <summary>
/// The message keys of dispute refusals; the API layer maps each to a French and an English text.
/// Arguments are listed where the message needs them.
/// </summary>
public static class DisputeMessageKeys
{
    /// <summary>NO_COMMISSION_CLAUSE: the contract's clause is NONE, the dispute is recorded as inadmissible.</summary>
    public const string NoCommissionClause = "dispute.no_commission_clause";

    /// <summary>NO_COMMISSION_CLAUSE: the contract's clause provides mediation only, not arbitration.</summary>
    public const string NoArbitrationClause = "dispute.no_arbitration_clause";

    /// <summary>FORBIDDEN: only the Office and an operator file disputes, one against the other.</summary>
    public const string FilerNotAParty = "dispute.filer_not_a_party";

    /// <summary>VALIDATION on <c>respondentOrganisationId</c>: the respondent is not the other party of a cooperation contract with the filer.</summary>
    public const string RespondentNotAParty = "dispute.respondent_not_a_party";

    /// <summary>VALIDATION on <c>referralIds</c>: an id names no referral of the Office party to the operator party.</summary>
    public const string ReferralNotBetweenParties = "dispute.referral_not_between_parties";

    /// <summary>VALIDATION on <c>referralIds</c>: more referrals than a dispute may name. Args: the maximum.</summary>
    public const string TooManyReferrals = "dispute.too_many_referrals";

    /// <summary>FORBIDDEN: mediation, settlement, arbitration and decision are the Commission's (Art. 16 §2 4°).</summary>
    public const string CommissionOnly = "dispute.commission_only";

    /// <summary>FORBIDDEN: only the filer withdraws its dispute.</summary>
    public const string FilerOnly = "dispute.filer_only";

    /// <summary>INVALID_TRANSITION: the move is not in the state machine. Args: from, to.</summary>
    public const string InvalidTransition = "dispute.invalid_transition";

    /// <summary>VALIDATION on <c>subject</c>: empty.</summary>
    public const string SubjectRequired = "dispute.subject_required";

    /// <summary>VALIDATION on <c>description</c>: empty.</summary>
    public const string DescriptionRequired = "dispute.description_required";

    /// <summary>VALIDATION on the field named: longer than allowed. Args: maximum length.</summary>
    public const string TextTooLong = "dispute.text_too_long";

    /// <summary>VALIDATION on <c>text</c>: a settlement or a decision needs its text.</summary>
    public const string OutcomeTextRequired = "dispute.outcome_text_required";

    /// <summary>VALIDATION on <c>invitedRepresentatives</c>: representatives are invited only for a sub-regional matter, naming a directorate (Art. 16 §4).</summary>
    public const string RepresentativesNeedRegion = "dispute.representatives_need_region";
}
