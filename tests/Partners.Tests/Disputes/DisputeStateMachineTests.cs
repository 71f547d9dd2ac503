using Partners.Domain.Common;
using Partners.Domain.Disputes;
using static Partners.Domain.Disputes.DisputeStatus;

namespace Partners.Tests.Disputes;

/// <summary>The dispute state machine against domain.md's table, over every pair of states.</summary>
public sealed class DisputeStateMachineTests
{
    // domain.md: FILED → IN_MEDIATION → SETTLED | IN_ARBITRATION → DECIDED; WITHDRAWN by the filer from open states.
    private static readonly HashSet<(DisputeStatus From, DisputeStatus To)> Allowed =
    [
        (Filed, InMediation),
        (InMediation, Settled),
        (InMediation, InArbitration),
        (InArbitration, Decided),
        (Filed, Withdrawn),
        (InMediation, Withdrawn),
        (InArbitration, Withdrawn),
    ];

    public static TheoryData<DisputeStatus, DisputeStatus> AllPairs()
    {
        var data = new TheoryData<DisputeStatus, DisputeStatus>();
        foreach (var from in Enum.GetValues<DisputeStatus>())
        {
            foreach (var to in Enum.GetValues<DisputeStatus>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void The_table_allows_exactly_the_moves_of_the_domain(DisputeStatus from, DisputeStatus to) =>
        Assert.Equal(Allowed.Contains((from, to)), DisputeStateMachine.IsAllowed(from, to));

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void The_rightful_actor_makes_an_allowed_move_and_is_refused_any_other(DisputeStatus from, DisputeStatus to)
    {
        var dispute = DisputeScenario.In(from);
        var version = dispute.Version;
        var entries = dispute.History.Count;
        var actor = to == Withdrawn ? DisputeScenario.Operator : DisputeScenario.Commission;

        var result = DisputeScenario.MoveTo(dispute, to, actor);

        if (Allowed.Contains((from, to)))
        {
            Assert.True(result!.Value.IsSuccess);
            Assert.Equal(to, dispute.Status);
            Assert.Equal(version + 1, dispute.Version);
            Assert.Equal((from, to), (dispute.History[^1].From!.Value, dispute.History[^1].To));
        }
        else
        {
            Assert.Equal(ErrorCodes.InvalidTransition, DisputeStateMachine.Check(from, to)!.Code);
            if (result is { } refused)
            {
                Assert.Equal(ErrorCodes.InvalidTransition, Assert.Single(refused.Errors).Code);
            }

            Assert.Equal(from, dispute.Status);
            Assert.Equal(version, dispute.Version);
            Assert.Equal(entries, dispute.History.Count);
        }
    }

    [Fact]
    public void Settlement_and_decision_keep_their_text_and_date()
    {
        var settled = DisputeScenario.In(Settled);
        var decided = DisputeScenario.In(Decided);

        Assert.Equal("Accord sur un calendrier d'adressage.", settled.Settlement!.Text);
        Assert.Equal(DateOnly.FromDateTime(DisputeScenario.Now), settled.Settlement.On);
        Assert.Equal(DateOnly.FromDateTime(DisputeScenario.Now), decided.Decision!.On);
        Assert.NotNull(decided.ArbitrationStartedOn);
    }
}
