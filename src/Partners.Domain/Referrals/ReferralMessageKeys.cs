namespace Partners.Domain.Referrals;

/// <summary>
/// Every message key the referral rules return (<see cref="Common.DomainError.MessageKey"/>), so the API layer
/// can give each a French and an English text. Args, when any, are listed per key.
/// </summary>
public static class ReferralMessageKeys
{
    /// <summary>INVALID_TRANSITION. Args: from, to.</summary>
    public const string InvalidTransition = "invalid_transition";

    /// <summary>FORBIDDEN: the move belongs to the other party. Args: from, to.</summary>
    public const string WrongParty = "referral_wrong_party";

    /// <summary>FORBIDDEN: the organisation is neither the referring side nor the receiving operator.</summary>
    public const string NotAParty = "referral_not_a_party";

    /// <summary>VALIDATION: a required input is empty. Field: the input.</summary>
    public const string Required = "required";

    /// <summary>VALIDATION on <c>input.refusalReason</c>: a refusal needs a coded reason.</summary>
    public const string RefusalReasonRequired = "refusal_reason_required";

    /// <summary>VALIDATION on <c>input.motivation</c>: a refusal needs a written motivation.</summary>
    public const string MotivationRequired = "motivation_required";

    /// <summary>VALIDATION on <c>input.refusalReason</c>: only a refusal carries a reason.</summary>
    public const string RefusalReasonOnlyForRefusal = "refusal_reason_only_for_refusal";

    /// <summary>VALIDATION on <c>input.endedOn</c>: the service cannot end before it started.</summary>
    public const string EndBeforeStart = "end_before_start";

    /// <summary>INVALID_TRANSITION: service events are reported only while the service runs (Art. 14 6°).</summary>
    public const string NotInProgress = "referral_not_in_progress";

    /// <summary>FORBIDDEN: only the receiving operator reports events and tells the person (Art. 14 5°–6°).</summary>
    public const string OperatorOnly = "referral_operator_only";

    /// <summary>INVALID_TRANSITION: no candidacy result yet, so nothing to tell the person (Art. 14 5°).</summary>
    public const string NoResultToInform = "referral_no_result_to_inform";

    /// <summary>VALIDATION on <c>input.professionalObjective</c>: not an objective of the person's current action plan (Art. 8).</summary>
    public const string ObjectiveNotInPlan = "objective_not_in_plan";

    /// <summary>NOT_ELIGIBLE: the offer is not published.</summary>
    public const string OfferNotPublished = "offer_not_published";

    /// <summary>NOT_ELIGIBLE: the operator's cooperation contract is not active today (Art. 11).</summary>
    public const string ContractNotActive = "contract_not_active";

    /// <summary>NOT_ELIGIBLE: the offer is restricted and the job seeker belongs to none of its target groups.</summary>
    public const string NotInTargetGroup = "not_in_target_group";

    /// <summary>NOT_ELIGIBLE: a reconversion unit's offer and no running plan of that unit covers the worker.</summary>
    public const string NotCoveredByReconversionPlan = "not_covered_by_reconversion_plan";
}
