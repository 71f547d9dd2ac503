namespace Partners.Domain.Disputes;

/// <summary>The end of a mediation (accord, settlement) or of an arbitration (sentence, decision): text and date.</summary>
public sealed class DisputeOutcome
{
    public DisputeOutcome(string text, DateOnly on)
    {
        Text = text;
        On = on;
    }

    public string Text { get; private set; }

    public DateOnly On { get; private set; }
}
