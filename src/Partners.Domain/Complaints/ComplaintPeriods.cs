namespace Partners.Domain.Complaints;

/// <summary>
/// The periods of complaint handling, in calendar days counted from the day of receipt. The decree fixes none
/// (Art. 13 11°, Art. 14 8° only say the party "assure la gestion des plaintes"): these are configurable
/// defaults, 5 days to acknowledge and 30 days to answer, that late handling is counted against.
/// </summary>
public sealed record ComplaintPeriods(int AcknowledgementDays = 5, int AnswerDays = 30)
{
    /// <summary>5 days to acknowledge, 30 days to answer.</summary>
    public static ComplaintPeriods Default { get; } = new();
}
