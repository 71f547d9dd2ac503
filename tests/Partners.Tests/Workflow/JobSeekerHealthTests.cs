using Partners.Domain.JobSeekers;

namespace Partners.Tests.Workflow;

/// <summary>Health periods: specific pathway at most 39 months, non-mobilisable at most 24 months, renewable.</summary>
public sealed class JobSeekerHealthTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);

    [Fact]
    public void A_specific_pathway_lasts_at_most_39_months()
    {
        var health = new JobSeekerHealth();

        Assert.True(health.SetSpecificPathway(Start, Start.AddMonths(39)).IsSuccess);
        Assert.Equal("input.specificPathwayEndsOn", health.SetSpecificPathway(Start, Start.AddMonths(39).AddDays(1)).Errors.Single().Field);
    }

    [Fact]
    public void The_non_mobilisable_status_lasts_at_most_24_months_and_may_be_renewed()
    {
        var health = new JobSeekerHealth();

        Assert.False(health.DeclareNonMobilisable(Start, Start.AddMonths(25)).IsSuccess);
        Assert.True(health.DeclareNonMobilisable(Start, Start.AddMonths(24)).IsSuccess);
        Assert.True(health.DeclareNonMobilisable(Start.AddMonths(24), Start.AddMonths(48)).IsSuccess);
        Assert.Equal(Start.AddMonths(48), health.NonMobilisableUntil);
    }
}
