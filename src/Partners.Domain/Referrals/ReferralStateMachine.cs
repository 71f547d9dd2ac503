using Partners.Domain.Common;
using static Partners.Domain.Referrals.ReferralParty;
using static Partners.Domain.Referrals.ReferralStatus;

namespace Partners.Domain.Referrals;

/// <summary>
/// The moves of a referral (adressage, decree Art. 13 5°, Art. 14 4°–7°), written as domain.md's table.
/// <see cref="ReferralStatus.Sent"/> is only ever the state at creation. A move the table allows to the other
/// party only is <see cref="ErrorCodes.Forbidden"/>; any move the table does not list at all is
/// <see cref="ErrorCodes.InvalidTransition"/>.
/// </summary>
public static class ReferralStateMachine
{
    public static readonly IReadOnlyList<ReferralTransition> Table =
    [
        new(Received, ReceivingOperator, Sent),
        new(Accepted, ReceivingOperator, Sent, Received, Waitlisted),
        new(Refused, ReceivingOperator, Sent, Received, Waitlisted),
        new(Waitlisted, ReceivingOperator, Sent, Received, Waitlisted),
        new(InProgress, ReceivingOperator, Accepted),
        new(Completed, ReceivingOperator, InProgress),
        new(Abandoned, ReceivingOperator, InProgress),
        new(Cancelled, ReferringSide, Sent, Received, Waitlisted, Accepted),
    ];

    /// <summary>True when <paramref name="party"/> may move a referral from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool CanMove(ReferralStatus from, ReferralStatus to, ReferralParty party) =>
        Table.Any(t => t.To == to && t.SetBy == party && t.From.Contains(from));

    /// <summary>The target state, or <see cref="ErrorCodes.Forbidden"/> / <see cref="ErrorCodes.InvalidTransition"/>.</summary>
    public static Result<ReferralStatus> Move(ReferralStatus from, ReferralStatus to, ReferralParty party)
    {
        if (CanMove(from, to, party))
        {
            return Result<ReferralStatus>.Success(to);
        }

        return Table.Any(t => t.To == to && t.From.Contains(from))
            ? new DomainError(ErrorCodes.Forbidden, ReferralMessageKeys.WrongParty, null, from, to)
            : new DomainError(ErrorCodes.InvalidTransition, ReferralMessageKeys.InvalidTransition, null, from, to);
    }

    /// <summary>True when the candidacy result is still awaited (SENT or RECEIVED).</summary>
    public static bool AwaitsCandidacyResult(ReferralStatus status) => status is Sent or Received;

    /// <summary>True when no further move is possible.</summary>
    public static bool IsClosed(ReferralStatus status) => !Table.Any(t => t.From.Contains(status));
}
