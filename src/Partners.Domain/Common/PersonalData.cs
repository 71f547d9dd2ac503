using System.Text.RegularExpressions;

namespace Partners.Domain.Common;

/// <summary>
/// What the Commission must never receive (domain.md, "The Commission receives no personal data"): a text carrying a
/// national number. A NISS is 11 digits, often written <c>85.06.15-123.45</c>; a group of digits that passes the NISS
/// check is refused, whatever its separators.
/// </summary>
public static partial class PersonalData
{
    public const string TextContainsNiss = "text_contains_niss";

    public static bool ContainsNiss(string? text) =>
        text is not null && NissLike().Matches(text).Any(m => Checksums.IsValidNiss(m.Value));

    [GeneratedRegex(@"(?<!\d)\d{2}[.\- ]?\d{2}[.\- ]?\d{2}[.\- ]?\d{3}[.\- ]?\d{2}(?!\d)")]
    private static partial Regex NissLike();
}
