using Partners.Domain.Common;
using Partners.Domain.Complaints;
using static Partners.Tests.Complaints.ComplaintScenario;

namespace Partners.Tests.Complaints;

/// <summary>Only the party complained about handles a complaint (Art. 13 11°, Art. 14 8°).</summary>
public sealed class ComplaintHandlingTests
{
    public static TheoryData<ComplaintStatus, ComplaintStatus> HandlingMoves() => new()
    {
        { ComplaintStatus.Received, ComplaintStatus.Acknowledged },
        { ComplaintStatus.Acknowledged, ComplaintStatus.UnderReview },
        { ComplaintStatus.UnderReview, ComplaintStatus.Answered },
        { ComplaintStatus.Answered, ComplaintStatus.Closed },
    };

    [Theory]
    [MemberData(nameof(HandlingMoves))]
    public void The_Office_that_recorded_a_complaint_against_an_operator_cannot_handle_it(ComplaintStatus from, ComplaintStatus to) =>
        AssertForbidden(from, to, Office, ComplaintMessageKeys.NotRespondent);

    [Theory]
    [MemberData(nameof(HandlingMoves))]
    public void Another_operator_cannot_handle_the_complaint(ComplaintStatus from, ComplaintStatus to) =>
        AssertForbidden(from, to, OtherOperator, ComplaintMessageKeys.NotRespondent);

    [Theory]
    [MemberData(nameof(HandlingMoves))]
    public void The_Commission_cannot_handle_a_complaint(ComplaintStatus from, ComplaintStatus to) =>
        AssertForbidden(from, to, Commission, ComplaintMessageKeys.NotRespondent);

    [Fact]
    public void A_party_that_neither_recorded_nor_answers_the_complaint_cannot_withdraw_it() =>
        AssertForbidden(ComplaintStatus.Received, ComplaintStatus.Withdrawn, OtherOperator, ComplaintMessageKeys.NotRecorderOrRespondent);

    [Fact]
    public void The_recording_Office_withdraws_the_complaint_for_the_job_seeker()
    {
        var complaint = In(ComplaintStatus.Acknowledged);

        var result = complaint.Withdraw(Office, "Retrait à la demande du demandeur d'emploi.", Now);

        Assert.True(result.IsSuccess);
        Assert.Equal(Today, complaint.WithdrawnOn);
        Assert.Equal("Retrait à la demande du demandeur d'emploi.", complaint.History[^1].Reason);
        Assert.Equal(Office.OrganisationId, complaint.History[^1].ActorOrganisationId);
    }

    [Fact]
    public void The_answer_keeps_the_finding_the_text_and_the_date()
    {
        var complaint = In(ComplaintStatus.UnderReview);

        Assert.True(complaint.AnswerWith(Operator, ComplaintFinding.Unfounded, "  L'entretien a eu lieu.  ", Now).IsSuccess);

        Assert.Equal(ComplaintFinding.Unfounded, complaint.Answer!.Finding);
        Assert.Equal("L'entretien a eu lieu.", complaint.Answer.Text);
        Assert.Equal(Today, complaint.Answer.AnsweredOn);
    }

    [Fact]
    public void An_answer_without_text_is_refused()
    {
        var complaint = In(ComplaintStatus.UnderReview);

        var error = Assert.Single(complaint.AnswerWith(Operator, ComplaintFinding.Founded, " ", Now).Errors);

        Assert.Equal(ComplaintMessageKeys.AnswerTextRequired, error.MessageKey);
        Assert.Equal(ComplaintStatus.UnderReview, complaint.Status);
    }

    private static void AssertForbidden(ComplaintStatus from, ComplaintStatus to, NetworkActor actor, string messageKey)
    {
        var complaint = In(from);

        var error = Assert.Single(MoveTo(complaint, to, actor)!.Value.Errors);

        Assert.Equal(ErrorCodes.Forbidden, error.Code);
        Assert.Equal(messageKey, error.MessageKey);
        Assert.Equal(from, complaint.Status);
    }
}
