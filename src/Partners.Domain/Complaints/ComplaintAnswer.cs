namespace Partners.Domain.Complaints;

/// <summary>The respondent's answer to a complaint (réponse à la plainte): finding, motivated text, date.</summary>
public sealed class ComplaintAnswer
{
    public ComplaintAnswer(ComplaintFinding finding, string text, DateOnly answeredOn)
    {
        Finding = finding;
        Text = text;
        AnsweredOn = answeredOn;
    }

    public ComplaintFinding Finding { get; private set; }

    public string Text { get; private set; }

    public DateOnly AnsweredOn { get; private set; }
}
