using Partners.Domain.Complaints;
using static Partners.Tests.Complaints.ComplaintScenario;

namespace Partners.Tests.Complaints;

/// <summary>Late acknowledgements and answers are counted: 5 and 30 days by default, configurable.</summary>
public sealed class ComplaintOverdueTests
{
    [Fact]
    public void An_unacknowledged_complaint_is_overdue_the_day_after_its_acknowledgement_period()
    {
        var complaint = AgainstOperator();

        Assert.False(complaint.AcknowledgementOverdue(Today.AddDays(5)));
        Assert.True(complaint.AcknowledgementOverdue(Today.AddDays(6)));
    }

    [Fact]
    public void An_acknowledgement_in_time_is_never_overdue()
    {
        var complaint = AgainstOperator();
        complaint.Acknowledge(Operator, Now.AddDays(5));

        Assert.False(complaint.AcknowledgementOverdue(Today.AddDays(60)));
    }

    [Fact]
    public void A_late_acknowledgement_stays_counted_as_overdue()
    {
        var complaint = AgainstOperator();
        complaint.Acknowledge(Operator, Now.AddDays(6));

        Assert.True(complaint.AcknowledgementOverdue(Today.AddDays(60)));
    }

    [Fact]
    public void An_open_complaint_is_overdue_the_day_after_its_answer_period()
    {
        var complaint = AgainstOperator();
        complaint.Acknowledge(Operator, Now);
        complaint.StartReview(Operator, Now);

        Assert.False(complaint.AnswerOverdue(Today.AddDays(30)));
        Assert.True(complaint.AnswerOverdue(Today.AddDays(31)));
    }

    [Fact]
    public void An_answer_in_time_is_not_overdue_and_a_late_one_is()
    {
        var inTime = In(ComplaintStatus.UnderReview);
        inTime.AnswerWith(Operator, ComplaintFinding.Founded, "Réponse.", Now.AddDays(30));
        var late = In(ComplaintStatus.UnderReview);
        late.AnswerWith(Operator, ComplaintFinding.Founded, "Réponse.", Now.AddDays(31));

        Assert.False(inTime.AnswerOverdue(Today.AddDays(90)));
        Assert.True(late.AnswerOverdue(Today.AddDays(90)));
    }

    [Fact]
    public void A_withdrawn_complaint_is_not_overdue()
    {
        var complaint = In(ComplaintStatus.Withdrawn);

        Assert.False(complaint.AcknowledgementOverdue(Today.AddDays(90)));
        Assert.False(complaint.AnswerOverdue(Today.AddDays(90)));
    }

    [Fact]
    public void The_periods_are_configurable()
    {
        var complaint = AgainstOperator(new ComplaintPeriods(AcknowledgementDays: 2, AnswerDays: 10));

        Assert.Equal(Today.AddDays(2), complaint.AcknowledgementDueOn);
        Assert.Equal(Today.AddDays(10), complaint.AnswerDueOn);
        Assert.True(complaint.AcknowledgementOverdue(Today.AddDays(3)));
        Assert.True(complaint.AnswerOverdue(Today.AddDays(11)));
    }
}
