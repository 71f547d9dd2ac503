using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Domain.Reconversion;

namespace Partners.Api.Reconversion;

public enum ReconversionPlanSortField
{
    StartsOn,
    EndsOn,
    EmployerName,
}

public sealed class ReconversionPlanSortType() : SortType<ReconversionPlanSortField, ReconversionPlanSortFieldType>("ReconversionPlan", "reconversion plans");

public sealed class ReconversionPlanSortFieldType() : DescribedEnumType<ReconversionPlanSortField>(
    "ReconversionPlanSortField",
    "What the reconversion plans list may be sorted on.",
    ("STARTS_ON", "The day the plan starts."),
    ("ENDS_ON", "The day the plan ends."),
    ("EMPLOYER_NAME", "The employer's name."));

/// <summary>The plans' sort keys (latest start first when none is given), the id last for stable cursors.</summary>
public static class ReconversionPlanOrdering
{
    public static readonly Sorting<ReconversionPlan, ReconversionPlanSortField> Sorting =
        new Sorting<ReconversionPlan, ReconversionPlanSortField>([new(ReconversionPlanSortField.StartsOn, SortDirection.Desc)], p => p.Id)
            .By(ReconversionPlanSortField.StartsOn, p => p.StartsOn)
            .By(ReconversionPlanSortField.EndsOn, p => p.EndsOn)
            .By(ReconversionPlanSortField.EmployerName, p => p.EmployerName);
}
