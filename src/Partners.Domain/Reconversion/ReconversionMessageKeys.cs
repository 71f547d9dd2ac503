namespace Partners.Domain.Reconversion;

/// <summary>Message keys of the reconversion plan rules; the API layer maps each to a French and an English text.</summary>
public static class ReconversionMessageKeys
{
    public const string EndBeforeStart = "reconversion_plan_end_before_start";

    /// <summary>Args: the latest allowed end date (decree of 29 January 2004, Art. 2 §4).</summary>
    public const string LongerThanTwoYears = "reconversion_plan_longer_than_two_years";

    public const string InvalidEnterpriseNumber = "invalid_enterprise_number";

    public const string Required = "required";
}
