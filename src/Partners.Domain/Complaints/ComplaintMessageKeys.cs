namespace Partners.Domain.Complaints;

/// <summary>
/// The message keys of complaint refusals; the API layer maps each to a French and an English text.
/// Arguments are listed where the message needs them.
/// </summary>
public static class ComplaintMessageKeys
{
    /// <summary>VALIDATION on <c>engagementCode</c>: no such engagement open to complaint. Args: code.</summary>
    public const string EngagementUnknown = "complaint.engagement_unknown";

    /// <summary>ENGAGEMENT_NOT_APPLICABLE on <c>engagementCode</c>: it binds the other party. Args: code, respondent party.</summary>
    public const string EngagementNotApplicable = "complaint.engagement_not_applicable";

    /// <summary>VALIDATION on <c>respondentOrganisationId</c>: the organisation has no engagement towards job seekers (the Commission).</summary>
    public const string RespondentNotAParty = "complaint.respondent_not_a_party";

    /// <summary>VALIDATION on <c>description</c>: empty.</summary>
    public const string DescriptionRequired = "complaint.description_required";

    /// <summary>VALIDATION on <c>description</c>: longer than allowed. Args: maximum length.</summary>
    public const string DescriptionTooLong = "complaint.description_too_long";

    /// <summary>VALIDATION on <c>receivedOn</c>: a date in the future.</summary>
    public const string ReceivedOnInFuture = "complaint.received_on_in_future";

    /// <summary>FORBIDDEN: the Commission sees complaints only as counts and does not record them.</summary>
    public const string RecorderNotAllowed = "complaint.recorder_not_allowed";

    /// <summary>FORBIDDEN: recorded only by the respondent itself, the Office or the person's own CPAS.</summary>
    public const string RecorderNotParty = "complaint.recorder_not_party";

    /// <summary>VALIDATION on <c>respondentOrganisationId</c>: the operator never had a referral of the person.</summary>
    public const string NeverServed = "complaint.respondent_never_served";

    /// <summary>VALIDATION on <c>referralId</c>: the referral named was received by another organisation than the operator complained about.</summary>
    public const string ReferralOfAnotherRespondent = "complaint.referral_of_another_respondent";

    /// <summary>FORBIDDEN: only the party complained about handles the complaint (Art. 13 11°, Art. 14 8°).</summary>
    public const string NotRespondent = "complaint.not_respondent";

    /// <summary>FORBIDDEN: only the organisation that recorded the complaint, or the respondent, records its withdrawal.</summary>
    public const string NotRecorderOrRespondent = "complaint.not_recorder_or_respondent";

    /// <summary>INVALID_TRANSITION: the move is not in the state machine. Args: from, to.</summary>
    public const string InvalidTransition = "complaint.invalid_transition";

    /// <summary>VALIDATION on <c>text</c>: an answer needs a motivated text.</summary>
    public const string AnswerTextRequired = "complaint.answer_text_required";

    /// <summary>VALIDATION on <c>text</c>: the answer is longer than allowed. Args: maximum length.</summary>
    public const string AnswerTextTooLong = "complaint.answer_text_too_long";
}
