using Partners.Domain.Common;

namespace Partners.Tests.Workflow;

/// <summary>A clock stopped at a chosen instant, so periods can be tested.</summary>
public sealed class FixedClock(DateTime utcNow) : IClock
{
    public DateTime UtcNow { get; set; } = utcNow;
}
