namespace Partners.Domain.Referrals;

/// <summary>
/// A referral (adressage / orientation, decree Art. 13 5°): a referent counsellor of the Office refers a job seeker
/// to an operator's offer, in view of a professional objective of the action plan (Art. 8); the operator analyses
/// the candidacy, informs, follows and evaluates (Art. 14 4°–7°). The moves are in <c>Referral.Workflow.cs</c>.
/// </summary>
public sealed partial class Referral
{
    private readonly List<ReferralHistoryEntry> history = [];
    private readonly List<ServiceEvent> events = [];

    private Referral()
    {
    }

    public long Id { get; set; }

    public long JobSeekerId { get; private set; }

    public long OfferId { get; private set; }

    /// <summary>The receiving operator (opérateur), owner of the offer.</summary>
    public long OperatorOrganisationId { get; private set; }

    /// <summary>The referring organisation: the Office (le Forem).</summary>
    public long ReferringOrganisationId { get; private set; }

    /// <summary>The client of the referent counsellor (conseiller référent).</summary>
    public string ReferringClientId { get; private set; } = "";

    public string? ReferringUserId { get; private set; }

    public string ProfessionalObjective { get; private set; } = "";

    public string? Note { get; private set; }

    public ReferralStatus Status { get; private set; }

    /// <summary>True when the offer had no seat left at referral time: the candidacy is for the waiting list.</summary>
    public bool ReferredToWaitingList { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Last day for the candidacy result (Art. 14 5°); after it, the referral is overdue.</summary>
    public DateOnly AnswerDueOn { get; private set; }

    public CandidacyResult? CandidacyResult { get; private set; }

    public DateOnly? ServiceStartedOn { get; private set; }

    public DateOnly? ServiceEndedOn { get; private set; }

    /// <summary>Events during the service (Art. 14 6°).</summary>
    public IReadOnlyList<ServiceEvent> Events => events;

    /// <summary>The evaluation at the end (Art. 14 7°).</summary>
    public ServiceEvaluation? Evaluation { get; private set; }

    public ServiceOutcome? Outcome { get; private set; }

    /// <summary>One entry per change of state, oldest first.</summary>
    public IReadOnlyList<ReferralHistoryEntry> History => history;

    /// <summary>Optimistic concurrency token, incremented on every change.</summary>
    public int Version { get; private set; }

    /// <summary>No candidacy result yet (SENT or RECEIVED) and the answer period is over.</summary>
    public bool Overdue(DateOnly today) => ReferralStateMachine.AwaitsCandidacyResult(Status) && today > AnswerDueOn;
}
