using Partners.Domain.Common;
using Partners.Domain.Disputes;
using static Partners.Tests.Disputes.DisputeScenario;

namespace Partners.Tests.Disputes;

/// <summary>The Commission runs mediation and arbitration; only the filer withdraws; only the parties and the Commission see.</summary>
public sealed class DisputeRoleTests
{
    public static TheoryData<DisputeStatus, DisputeStatus> CommissionMoves() => new()
    {
        { DisputeStatus.Filed, DisputeStatus.InMediation },
        { DisputeStatus.InMediation, DisputeStatus.Settled },
        { DisputeStatus.InMediation, DisputeStatus.InArbitration },
        { DisputeStatus.InArbitration, DisputeStatus.Decided },
    };

    [Theory]
    [MemberData(nameof(CommissionMoves))]
    public void The_Office_cannot_run_what_the_Commission_runs(DisputeStatus from, DisputeStatus to) =>
        AssertForbidden(from, to, Office, DisputeMessageKeys.CommissionOnly);

    [Theory]
    [MemberData(nameof(CommissionMoves))]
    public void The_operator_cannot_run_what_the_Commission_runs(DisputeStatus from, DisputeStatus to) =>
        AssertForbidden(from, to, Operator, DisputeMessageKeys.CommissionOnly);

    [Theory]
    [InlineData(DisputeStatus.Filed)]
    [InlineData(DisputeStatus.InMediation)]
    [InlineData(DisputeStatus.InArbitration)]
    public void The_respondent_cannot_withdraw_the_filers_dispute(DisputeStatus from) =>
        AssertForbidden(from, DisputeStatus.Withdrawn, Office, DisputeMessageKeys.FilerOnly);

    [Fact]
    public void The_Commission_cannot_withdraw_a_dispute_it_did_not_file() =>
        AssertForbidden(DisputeStatus.Filed, DisputeStatus.Withdrawn, Commission, DisputeMessageKeys.FilerOnly);

    [Fact]
    public void The_two_parties_and_the_Commission_see_the_dispute_and_nobody_else()
    {
        var dispute = In(DisputeStatus.Filed);

        Assert.True(dispute.IsVisibleTo(Office));
        Assert.True(dispute.IsVisibleTo(Operator));
        Assert.True(dispute.IsVisibleTo(Commission));
        Assert.False(dispute.IsVisibleTo(OtherOperator));
    }

    [Fact]
    public void The_history_names_the_Commission_member_who_opened_the_mediation()
    {
        var dispute = In(DisputeStatus.InMediation);

        var entry = dispute.History[^1];
        Assert.Equal((Commission.OrganisationId, Commission.ClientId, Commission.UserId), (entry.ActorOrganisationId, entry.ActorClientId, entry.ActorUserId));
    }

    private static void AssertForbidden(DisputeStatus from, DisputeStatus to, NetworkActor actor, string messageKey)
    {
        var dispute = In(from);

        var error = Assert.Single(MoveTo(dispute, to, actor)!.Value.Errors);

        Assert.Equal(ErrorCodes.Forbidden, error.Code);
        Assert.Equal(messageKey, error.MessageKey);
        Assert.Equal(from, dispute.Status);
    }
}
