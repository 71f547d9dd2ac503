namespace Partners.Domain.JobSeekers;

/// <summary>Message keys of the job seeker rules; the API layer maps each to a French and an English text.</summary>
public static class JobSeekerMessageKeys
{
    public const string InvalidNiss = "invalid_niss";

    /// <summary>Args: the maximum in months (39).</summary>
    public const string SpecificPathwayTooLong = "specific_pathway_too_long";

    /// <summary>Args: the maximum in months (24).</summary>
    public const string NonMobilisableTooLong = "non_mobilisable_too_long";

    /// <summary>Args: the longest interval between reviews in months (12).</summary>
    public const string ReviewOutdated = "non_mobilisable_review_outdated";

    /// <summary>Only the person's own CPAS writes SOCIAL; only the Office's social service writes HEALTH.</summary>
    public const string NotHolder = "category_write_not_holder";
}
