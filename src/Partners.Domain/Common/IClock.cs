namespace Partners.Domain.Common;

/// <summary>Time, injectable so that periods (answer, acknowledgement, retention) can be tested.</summary>
public interface IClock
{
    DateTime UtcNow { get; }

    DateOnly Today => DateOnly.FromDateTime(UtcNow);
}

public sealed class SystemClock : IClock
{
    public DateTime UtcNow => DateTime.UtcNow;
}
