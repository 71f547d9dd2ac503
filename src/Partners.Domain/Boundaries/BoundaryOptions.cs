namespace Partners.Domain.Boundaries;

/// <summary>Configurable boundaries (section <c>Boundaries</c>).</summary>
public sealed class BoundaryOptions
{
    public const string Section = "Boundaries";

    /// <summary>Days an operator keeps reading a person's IDENTITY and PATHWAY after its referral closed.</summary>
    public int RetentionDays { get; set; } = 180;
}
