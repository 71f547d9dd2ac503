using Partners.Domain.Common;
using Partners.Domain.Complaints;
using Partners.Domain.Organisations;
using static Partners.Tests.Complaints.ComplaintScenario;

namespace Partners.Tests.Complaints;

/// <summary>Which engagements a complaint may name, against whom (Art. 13 11°, Art. 14 8°).</summary>
public sealed class ComplaintFilingTests
{
    public static TheoryData<string> EveryEngagement() => new(Engagements.All.Select(e => e.Code));

    private static Result<Complaint> File(NetworkActor respondent, string code, NetworkActor? recordedBy = null, DateOnly? receivedOn = null) =>
        ComplaintFiling.File(
            new FileComplaint(100, respondent.OrganisationId, respondent.Kind, code, "Description.", ReceivedOn: receivedOn),
            Engagements.All, recordedBy ?? Office, ComplaintPeriods.Default, Now);

    [Fact]
    public void The_catalogue_holds_exactly_the_engagements_of_the_contract()
    {
        string[] expected =
        [
            "OFFICE_13_1", "OFFICE_13_2", "OFFICE_13_3", "OFFICE_13_5", "OFFICE_13_7", "OFFICE_13_8", "OFFICE_13_9", "OFFICE_13_10",
            "OPERATOR_14_2", "OPERATOR_14_3", "OPERATOR_14_4", "OPERATOR_14_5", "OPERATOR_14_6", "OPERATOR_14_7",
        ];

        Assert.Equal(expected, Engagements.All.Select(e => e.Code));
        Assert.All(Engagements.All, e => Assert.StartsWith(e.Party == EngagementParty.Office ? "13 " : "14 ", e.Article, StringComparison.Ordinal));
        Assert.All(Engagements.All, e => Assert.False(string.IsNullOrWhiteSpace(e.WordingFr) || string.IsNullOrWhiteSpace(e.WordingEn)));
    }

    [Theory]
    [MemberData(nameof(EveryEngagement))]
    public void Each_engagement_is_open_to_complaint_against_its_own_party_only(string code)
    {
        var ofOffice = Engagements.All.Single(e => e.Code == code).Party == EngagementParty.Office;
        var own = ofOffice ? Office : Operator;
        var other = ofOffice ? Operator : Office;

        Assert.True(File(own, code, recordedBy: OtherOperator).IsSuccess);
        Assert.Equal(ErrorCodes.EngagementNotApplicable, Assert.Single(File(other, code, recordedBy: OtherOperator).Errors).Code);
    }

    [Fact]
    public void An_operator_engagement_named_against_the_Office_is_not_applicable()
    {
        var error = Assert.Single(File(Office, Engagements.Operator14_5).Errors);

        Assert.Equal(ErrorCodes.EngagementNotApplicable, error.Code);
        Assert.Equal(ComplaintMessageKeys.EngagementNotApplicable, error.MessageKey);
        Assert.Equal("engagementCode", error.Field);
    }

    [Fact]
    public void An_Office_engagement_named_against_an_operator_is_not_applicable() =>
        Assert.Equal(ErrorCodes.EngagementNotApplicable, Assert.Single(File(Operator, Engagements.Office13_2).Errors).Code);

    [Fact]
    public void A_CPAS_and_a_reconversion_unit_answer_for_the_operator_engagements()
    {
        Assert.True(File(OtherOperator, Engagements.Operator14_6).IsSuccess);
        Assert.True(File(new NetworkActor(4, OrganisationKind.ReconversionUnit, "unit"), Engagements.Operator14_7).IsSuccess);
    }

    [Fact]
    public void An_unknown_engagement_code_is_a_validation_error()
    {
        var error = Assert.Single(File(Office, "OFFICE_13_4").Errors);

        Assert.Equal(ErrorCodes.Validation, error.Code);
        Assert.Equal(ComplaintMessageKeys.EngagementUnknown, error.MessageKey);
    }

    [Fact]
    public void The_Commission_cannot_be_complained_about() =>
        Assert.Equal(ComplaintMessageKeys.RespondentNotAParty, Assert.Single(File(Commission, Engagements.Office13_1).Errors).MessageKey);

    [Fact]
    public void The_Commission_does_not_record_complaints() =>
        Assert.Equal(ErrorCodes.Forbidden, Assert.Single(File(Office, Engagements.Office13_1, recordedBy: Commission).Errors).Code);

    [Fact]
    public void A_complaint_received_in_the_future_is_refused() =>
        Assert.Equal("receivedOn", Assert.Single(File(Office, Engagements.Office13_1, receivedOn: Today.AddDays(1)).Errors).Field);

    [Fact]
    public void A_filed_complaint_is_received_with_its_due_dates_and_a_first_history_entry()
    {
        var complaint = File(Operator, Engagements.Operator14_4, receivedOn: Today.AddDays(-2)).Value!;

        Assert.Equal(ComplaintStatus.Received, complaint.Status);
        Assert.Equal(EngagementParty.Operator, complaint.RespondentParty);
        Assert.Equal(Today.AddDays(-2), complaint.ReceivedOn);
        Assert.Equal(Today.AddDays(3), complaint.AcknowledgementDueOn);
        Assert.Equal(Today.AddDays(28), complaint.AnswerDueOn);
        var entry = Assert.Single(complaint.History);
        Assert.Null(entry.From);
        Assert.Equal((Office.OrganisationId, Office.ClientId, Office.UserId), (entry.ActorOrganisationId, entry.ActorClientId, entry.ActorUserId));
    }
}
