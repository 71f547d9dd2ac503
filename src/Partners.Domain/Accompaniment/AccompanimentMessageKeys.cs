namespace Partners.Domain.Accompaniment;

/// <summary>Message keys of the accompaniment's rules (designation, plan, closing); the API layer gives each a French and an English text.</summary>
public static class AccompanimentMessageKeys
{
    /// <summary>INVALID_TRANSITION: the accompaniment is closed (Art. 13 10°); nothing more is recorded for it.</summary>
    public const string Closed = "accompaniment_closed";

    /// <summary>INVALID_TRANSITION: a service is running; the operator ends it (with its evaluation) before the Office closes.</summary>
    public const string ServiceInProgress = "accompaniment_service_in_progress";

    /// <summary>VALIDATION: a date of something that happened lies in the future.</summary>
    public const string DateInFuture = "date_in_future";

    /// <summary>VALIDATION: an end before its start.</summary>
    public const string EndBeforeStart = "end_before_start";

    /// <summary>VALIDATION on <c>objectives</c>: a plan has at least one professional objective.</summary>
    public const string PlanNeedsObjective = "plan_needs_objective";

    /// <summary>VALIDATION on <c>commitments</c>: the person and the Office each commit to the plan.</summary>
    public const string PlanNeedsBothCommitments = "plan_needs_both_commitments";

    /// <summary>VALIDATION on <c>counsellorUserId</c>: not the object id (a GUID) of an Office account.</summary>
    public const string InvalidCounsellor = "invalid_counsellor_user_id";
}
