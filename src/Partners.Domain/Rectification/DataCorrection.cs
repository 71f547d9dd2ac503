using Partners.Domain.Boundaries;

namespace Partners.Domain.Rectification;

/// <summary>
/// One corrected field of a person's data (rectification, GDPR art. 16): which, before and after, who corrected it,
/// when and why. The Office corrects IDENTITY; the holder of a category corrects that category. Kept for the
/// Office's data protection officer; the before and after values are erased when the person is anonymised.
/// </summary>
public sealed class DataCorrection
{
    public const int MaxValueLength = 300;

    public long Id { get; set; }

    public required long JobSeekerId { get; init; }

    public required DataCategory Category { get; init; }

    /// <summary>The field's name in the API (<c>lastName</c>, <c>birthDate</c>…).</summary>
    public required string Field { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }

    public required DateTime At { get; init; }

    public required long OrganisationId { get; init; }

    public required string ClientId { get; init; }

    public string? UserId { get; init; }

    public required string Reason { get; init; }
}
