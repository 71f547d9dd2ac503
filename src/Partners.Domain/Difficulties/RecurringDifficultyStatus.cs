namespace Partners.Domain.Difficulties;

/// <summary>The states of a recurring difficulty reported to the Commission (Art. 13 12°, Art. 14 9°).</summary>
public enum RecurringDifficultyStatus
{
    Open,
    Acknowledged,
    Closed,
}
