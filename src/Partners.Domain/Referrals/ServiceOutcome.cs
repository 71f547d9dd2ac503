namespace Partners.Domain.Referrals;

/// <summary>How a service ended: followed to its end, or abandoned (abandon).</summary>
public enum ServiceOutcome
{
    Completed,
    Abandoned,
}
