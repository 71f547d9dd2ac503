using Partners.Domain.Common;
using Partners.Domain.Difficulties;
using Partners.Domain.Organisations;

namespace Partners.Tests.Difficulties;

/// <summary>Recurring difficulties reach the Commission (Art. 13 12°, Art. 14 9°), which acknowledges and closes them.</summary>
public sealed class RecurringDifficultyTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly NetworkActor Operator = new(2, OrganisationKind.IspOperator, "isp-demo");
    private static readonly NetworkActor Commission = new(9, OrganisationKind.Commission, "commission-demo");

    private static RecurringDifficulty Reported() =>
        RecurringDifficulty.Report(Operator, "Adressages sans plan d'actions", "Trop souvent.", Region.Namur, Now).Value!;

    [Fact]
    public void An_operator_reports_a_difficulty_that_stays_open_for_the_Commission()
    {
        var difficulty = Reported();

        Assert.Equal(RecurringDifficultyStatus.Open, difficulty.Status);
        Assert.Equal((Operator.OrganisationId, OrganisationKind.IspOperator, Region.Namur), (difficulty.ReporterOrganisationId, difficulty.ReporterKind, difficulty.Region));
    }

    [Fact]
    public void The_Commission_does_not_report_to_itself() =>
        Assert.Equal(ErrorCodes.Forbidden, Assert.Single(RecurringDifficulty.Report(Commission, "T", "D", null, Now).Errors).Code);

    [Fact]
    public void A_difficulty_without_title_is_refused() =>
        Assert.Equal("title", Assert.Single(RecurringDifficulty.Report(Operator, "", "D", null, Now).Errors).Field);

    [Fact]
    public void Only_the_Commission_acknowledges_and_closes()
    {
        var difficulty = Reported();

        Assert.Equal(ErrorCodes.Forbidden, Assert.Single(difficulty.Acknowledge(Operator, Now).Errors).Code);
        Assert.Equal(ErrorCodes.Forbidden, Assert.Single(difficulty.Close(Operator, Now).Errors).Code);
        Assert.True(difficulty.Acknowledge(Commission, Now).IsSuccess);
        Assert.True(difficulty.Close(Commission, Now).IsSuccess);
        Assert.Equal(RecurringDifficultyStatus.Closed, difficulty.Status);
    }

    [Fact]
    public void A_closed_difficulty_is_neither_acknowledged_nor_closed_again()
    {
        var difficulty = Reported();
        difficulty.Close(Commission, Now);

        Assert.Equal(ErrorCodes.InvalidTransition, Assert.Single(difficulty.Acknowledge(Commission, Now).Errors).Code);
        Assert.Equal(ErrorCodes.InvalidTransition, Assert.Single(difficulty.Close(Commission, Now).Errors).Code);
    }
}
