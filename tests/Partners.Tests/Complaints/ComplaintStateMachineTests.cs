using Partners.Domain.Common;
using Partners.Domain.Complaints;
using static Partners.Domain.Complaints.ComplaintStatus;

namespace Partners.Tests.Complaints;

/// <summary>The complaint state machine against domain.md's table, over every pair of states.</summary>
public sealed class ComplaintStateMachineTests
{
    // domain.md: RECEIVED → ACKNOWLEDGED → UNDER_REVIEW → ANSWERED → CLOSED; WITHDRAWN from any open state.
    private static readonly HashSet<(ComplaintStatus From, ComplaintStatus To)> Allowed =
    [
        (Received, Acknowledged),
        (Acknowledged, UnderReview),
        (UnderReview, Answered),
        (Answered, Closed),
        (Received, Withdrawn),
        (Acknowledged, Withdrawn),
        (UnderReview, Withdrawn),
    ];

    public static TheoryData<ComplaintStatus, ComplaintStatus> AllPairs()
    {
        var data = new TheoryData<ComplaintStatus, ComplaintStatus>();
        foreach (var from in Enum.GetValues<ComplaintStatus>())
        {
            foreach (var to in Enum.GetValues<ComplaintStatus>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void The_table_allows_exactly_the_moves_of_the_domain(ComplaintStatus from, ComplaintStatus to) =>
        Assert.Equal(Allowed.Contains((from, to)), ComplaintStateMachine.IsAllowed(from, to));

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void The_respondent_makes_an_allowed_move_and_is_refused_any_other(ComplaintStatus from, ComplaintStatus to)
    {
        var complaint = ComplaintScenario.In(from);
        var version = complaint.Version;
        var entries = complaint.History.Count;

        var result = ComplaintScenario.MoveTo(complaint, to, ComplaintScenario.Operator);

        if (Allowed.Contains((from, to)))
        {
            Assert.True(result!.Value.IsSuccess);
            Assert.Equal(to, complaint.Status);
            Assert.Equal(version + 1, complaint.Version);
            Assert.Equal((from, to), (complaint.History[^1].From!.Value, complaint.History[^1].To));
        }
        else
        {
            Assert.Equal(ErrorCodes.InvalidTransition, ComplaintStateMachine.Check(from, to)!.Code);
            if (result is { } refused)
            {
                Assert.Equal(ErrorCodes.InvalidTransition, Assert.Single(refused.Errors).Code);
            }

            Assert.Equal(from, complaint.Status);
            Assert.Equal(version, complaint.Version);
            Assert.Equal(entries, complaint.History.Count);
        }
    }

    [Fact]
    public void An_answer_is_not_open_to_withdrawal()
    {
        var complaint = ComplaintScenario.In(Answered);

        var result = complaint.Withdraw(ComplaintScenario.Office, null, ComplaintScenario.Now);

        Assert.Equal(ErrorCodes.InvalidTransition, Assert.Single(result.Errors).Code);
        Assert.NotNull(complaint.Answer);
    }
}
