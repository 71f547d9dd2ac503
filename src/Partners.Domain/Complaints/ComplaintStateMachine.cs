using Partners.Domain.Common;
using static Partners.Domain.Complaints.ComplaintHandler;
using static Partners.Domain.Complaints.ComplaintStatus;

namespace Partners.Domain.Complaints;

/// <summary>
/// The life of a complaint (plainte), as domain.md's table: RECEIVED → ACKNOWLEDGED → UNDER_REVIEW → ANSWERED →
/// CLOSED, WITHDRAWN from any open state. Open states are those before the answer: once answered, the finding
/// stays on record and only closing remains.
/// </summary>
public static class ComplaintStateMachine
{
    /// <summary>Every allowed move; anything else is INVALID_TRANSITION.</summary>
    public static IReadOnlyList<ComplaintTransition> Transitions { get; } =
    [
        new(Received,     Acknowledged, Respondent),
        new(Acknowledged, UnderReview,  Respondent),
        new(UnderReview,  Answered,     Respondent),
        new(Answered,     Closed,       Respondent),
        new(Received,     Withdrawn,    RecorderOrRespondent),
        new(Acknowledged, Withdrawn,    RecorderOrRespondent),
        new(UnderReview,  Withdrawn,    RecorderOrRespondent),
    ];

    /// <summary>Received, acknowledged or under review: the respondent still owes an answer.</summary>
    public static bool IsOpen(ComplaintStatus status) => status is Received or Acknowledged or UnderReview;

    public static bool IsAllowed(ComplaintStatus from, ComplaintStatus to) =>
        Transitions.Any(t => t.From == from && t.To == to);

    /// <summary>Who makes the moves into <paramref name="to"/>; null when no move leads there.</summary>
    public static ComplaintHandler? HandlerOf(ComplaintStatus to) =>
        Transitions.FirstOrDefault(t => t.To == to)?.By;

    /// <summary>Null when the move is allowed, else the INVALID_TRANSITION error.</summary>
    public static DomainError? Check(ComplaintStatus from, ComplaintStatus to) =>
        IsAllowed(from, to)
            ? null
            : new DomainError(ErrorCodes.InvalidTransition, ComplaintMessageKeys.InvalidTransition, null, from, to);
}
