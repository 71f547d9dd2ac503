using Partners.Domain.JobSeekers;

namespace Partners.Tests.Workflow;

/// <summary>Health periods (seed 003): specific pathway at most 39 months, non-mobilisable at most 24 months, renewable, reviewed at least yearly.</summary>
public sealed class JobSeekerHealthTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);

    private static readonly DateOnly Today = Start.AddMonths(30);

    [Fact]
    public void A_specific_pathway_lasts_at_most_39_months()
    {
        var health = new JobSeekerHealth();

        Assert.True(health.Record(Start, Start.AddMonths(39), null, null, null, null, Today).IsSuccess);
        Assert.Equal("input.specificPathwayEndsOn", health.Record(Start, Start.AddMonths(39).AddDays(1), null, null, null, null, Today).Errors.Single().Field);
        Assert.Equal(Start.AddMonths(39), health.SpecificPathwayEndsOn);
    }

    [Fact]
    public void The_non_mobilisable_status_lasts_at_most_24_months_and_may_be_renewed()
    {
        var health = new JobSeekerHealth();

        Assert.False(health.Record(null, null, Start, Start.AddMonths(25), Today, null, Today).IsSuccess);
        Assert.True(health.Record(null, null, Start, Start.AddMonths(24), Today, null, Today).IsSuccess);
        Assert.True(health.Record(null, null, Start.AddMonths(24), Start.AddMonths(48), Today, null, Today).IsSuccess);
        Assert.Equal(Start.AddMonths(48), health.NonMobilisableUntil);
    }

    [Fact]
    public void A_review_confirms_the_current_period_and_is_due_a_year_later()
    {
        var health = new JobSeekerHealth();

        Assert.Equal("input.nonMobilisableFrom", health.Record(null, null, null, null, Today, null, Today).Errors.Single().Field);
        Assert.True(health.Record(null, null, Start, Start.AddMonths(24), Today.AddMonths(-11), null, Today).IsSuccess);
        Assert.True(health.Record(null, null, null, null, Today, null, Today).IsSuccess);

        Assert.Equal((Start, Today, Today.AddMonths(12)), (health.NonMobilisableFrom!.Value, health.NonMobilisableReviewedOn!.Value, health.NonMobilisableReviewDueOn!.Value));
    }
}
