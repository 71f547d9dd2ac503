namespace Partners.Api.GraphQL;

/// <summary>
/// A <c>search</c> argument as a LIKE pattern: the text anywhere, every character literal (<c>%</c>, <c>_</c> and the
/// escape character itself are escaped). Use with <c>EF.Functions.Like(column, pattern, SearchPattern.Escape)</c>.
/// </summary>
public static class SearchPattern
{
    /// <summary>The longest search text (the argument declares it; a longer one is VALIDATION).</summary>
    public const int MaxLength = 200;

    public const string Escape = "\\";

    public static string Contains(string text) =>
        "%" + text.Trim().Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal) + "%";
}
