namespace Partners.Data.Infrastructure;

/// <summary>Tags (<c>TagWith</c>) that say what a statement is for.</summary>
public static class QueryTags
{
    /// <summary>Background work (polls), not the cost of any request: statement counters leave it out.</summary>
    public const string Background = "background";
}
