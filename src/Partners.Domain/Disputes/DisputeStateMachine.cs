using Partners.Domain.Common;
using static Partners.Domain.Disputes.DisputeHandler;
using static Partners.Domain.Disputes.DisputeStatus;

namespace Partners.Domain.Disputes;

/// <summary>
/// The life of a dispute (différend, Art. 16 §2 4°), as domain.md's table: FILED → IN_MEDIATION → SETTLED |
/// IN_ARBITRATION → DECIDED; WITHDRAWN by the filer from an open state. INADMISSIBLE is set only at filing,
/// never by a move. Whether arbitration is open also depends on the contract's clause: see
/// <see cref="Dispute.ReferToArbitration"/>.
/// </summary>
public static class DisputeStateMachine
{
    /// <summary>Every allowed move; anything else is INVALID_TRANSITION.</summary>
    public static IReadOnlyList<DisputeTransition> Transitions { get; } =
    [
        new(Filed,         InMediation,   Commission),
        new(InMediation,   Settled,       Commission),
        new(InMediation,   InArbitration, Commission),
        new(InArbitration, Decided,       Commission),
        new(Filed,         Withdrawn,     Filer),
        new(InMediation,   Withdrawn,     Filer),
        new(InArbitration, Withdrawn,     Filer),
    ];

    /// <summary>Filed, in mediation or in arbitration: not yet settled, decided, inadmissible or withdrawn.</summary>
    public static readonly IReadOnlyList<DisputeStatus> OpenStatuses = [Filed, InMediation, InArbitration];

    /// <summary>Whether the dispute is one of the <see cref="OpenStatuses"/>.</summary>
    public static bool IsOpen(DisputeStatus status) => OpenStatuses.Contains(status);

    public static bool IsAllowed(DisputeStatus from, DisputeStatus to) =>
        Transitions.Any(t => t.From == from && t.To == to);

    /// <summary>Who makes the moves into <paramref name="to"/>; null when no move leads there.</summary>
    public static DisputeHandler? HandlerOf(DisputeStatus to) =>
        Transitions.FirstOrDefault(t => t.To == to)?.By;

    /// <summary>Null when the move is allowed, else the INVALID_TRANSITION error.</summary>
    public static DomainError? Check(DisputeStatus from, DisputeStatus to) =>
        IsAllowed(from, to)
            ? null
            : new DomainError(ErrorCodes.InvalidTransition, DisputeMessageKeys.InvalidTransition, null, from, to);
}
