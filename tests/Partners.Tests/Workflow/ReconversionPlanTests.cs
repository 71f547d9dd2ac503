using Partners.Domain.Common;
using Partners.Domain.Reconversion;

namespace Partners.Tests.Workflow;

/// <summary>The reconversion unit's plan: one year, at most two (decree of 29 January 2004, Art. 2 §4).</summary>
public sealed class ReconversionPlanTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);

    [Fact]
    public void A_plan_may_run_two_years()
    {
        Assert.True(ReconversionPlan.Create(5, "Usine SA", "0202239951", Start, Start.AddYears(2)).IsSuccess);
    }

    [Fact]
    public void A_plan_cannot_run_longer_than_two_years()
    {
        var error = ReconversionPlan.Create(5, "Usine SA", "0202239951", Start, Start.AddYears(2).AddDays(1)).Errors.Single();

        Assert.Equal((ErrorCodes.Validation, "input.endsOn"), (error.Code, error.Field));
    }

    [Fact]
    public void A_plan_needs_a_valid_employer_enterprise_number()
    {
        var error = ReconversionPlan.Create(5, "Usine SA", "0202239952", Start, Start.AddYears(1)).Errors.Single();

        Assert.Equal(ErrorCodes.InvalidEnterpriseNumber, error.Code);
    }

    [Fact]
    public void A_plan_covers_its_workers_only_while_it_runs()
    {
        var plan = ReconversionPlan.Create(5, "Usine SA", "0202239951", Start, Start.AddYears(1)).Value!;
        plan.Cover(42);

        Assert.True(plan.Covers(42, Start));
        Assert.True(plan.Covers(42, Start.AddYears(1)));
        Assert.False(plan.Covers(42, Start.AddDays(-1)));
        Assert.False(plan.Covers(42, Start.AddYears(1).AddDays(1)));
        Assert.False(plan.Covers(43, Start));
    }
}
