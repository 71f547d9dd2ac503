using Partners.Domain.Common;
using Partners.Domain.Referrals;
using static Partners.Domain.Referrals.ReferralParty;
using static Partners.Domain.Referrals.ReferralStatus;

namespace Partners.Tests.Workflow;

/// <summary>Every pair of states, for both parties, against domain.md's referral table written out again here.</summary>
public sealed class ReferralStateMachineTests
{
    /// <summary>domain.md: state, set by, from.</summary>
    private static readonly HashSet<(ReferralStatus From, ReferralStatus To, ReferralParty By)> Allowed =
    [
        (Sent, Received, ReceivingOperator),
        (Sent, Accepted, ReceivingOperator), (Received, Accepted, ReceivingOperator), (Waitlisted, Accepted, ReceivingOperator),
        (Sent, Refused, ReceivingOperator), (Received, Refused, ReceivingOperator), (Waitlisted, Refused, ReceivingOperator),
        (Sent, Waitlisted, ReceivingOperator), (Received, Waitlisted, ReceivingOperator), (Waitlisted, Waitlisted, ReceivingOperator),
        (Accepted, InProgress, ReceivingOperator),
        (InProgress, Completed, ReceivingOperator), (InProgress, Abandoned, ReceivingOperator),
        (Sent, Cancelled, ReferringSide), (Received, Cancelled, ReferringSide), (Waitlisted, Cancelled, ReferringSide), (Accepted, Cancelled, ReferringSide),
    ];

    public static TheoryData<ReferralStatus, ReferralStatus, ReferralParty> AllowedMoves()
    {
        var data = new TheoryData<ReferralStatus, ReferralStatus, ReferralParty>();
        foreach (var (from, to, by) in Allowed)
        {
            data.Add(from, to, by);
        }

        return data;
    }

    /// <summary>Every other (from, to, party), with the code expected: FORBIDDEN when the other party may make it.</summary>
    public static TheoryData<ReferralStatus, ReferralStatus, ReferralParty, string> RefusedMoves()
    {
        var data = new TheoryData<ReferralStatus, ReferralStatus, ReferralParty, string>();
        foreach (var from in Enum.GetValues<ReferralStatus>())
        {
            foreach (var to in Enum.GetValues<ReferralStatus>())
            {
                foreach (var by in Enum.GetValues<ReferralParty>())
                {
                    if (!Allowed.Contains((from, to, by)))
                    {
                        var other = by == ReferringSide ? ReceivingOperator : ReferringSide;
                        data.Add(from, to, by, Allowed.Contains((from, to, other)) ? ErrorCodes.Forbidden : ErrorCodes.InvalidTransition);
                    }
                }
            }
        }

        return data;
    }

    [Fact]
    public void The_table_has_seventeen_allowed_moves_and_every_other_of_the_162_is_refused()
    {
        Assert.Equal(17, AllowedMoves().Count);
        Assert.Equal((9 * 9 * 2) - 17, RefusedMoves().Count);
    }

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void An_allowed_move_succeeds(ReferralStatus from, ReferralStatus to, ReferralParty by)
    {
        var moved = ReferralStateMachine.Move(from, to, by);

        Assert.True(moved.IsSuccess);
        Assert.Equal(to, moved.Value);
    }

    [Theory]
    [MemberData(nameof(RefusedMoves))]
    public void Any_other_move_is_refused(ReferralStatus from, ReferralStatus to, ReferralParty by, string code)
    {
        var moved = ReferralStateMachine.Move(from, to, by);

        Assert.False(moved.IsSuccess);
        Assert.Equal(code, moved.Errors.Single().Code);
    }

    [Fact]
    public void Sent_is_never_a_target()
    {
        Assert.DoesNotContain(ReferralStateMachine.Table, t => t.To == Sent);
    }

    [Theory]
    [InlineData(Refused)]
    [InlineData(Completed)]
    [InlineData(Abandoned)]
    [InlineData(Cancelled)]
    public void Final_states_are_closed(ReferralStatus status) => Assert.True(ReferralStateMachine.IsClosed(status));
}
