using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Domain.Difficulties;

namespace Partners.Api.Difficulties;

public enum RecurringDifficultySortField
{
    ReportedAt,
    Title,
}

public sealed class RecurringDifficultySortType() : SortType<RecurringDifficultySortField, RecurringDifficultySortFieldType>("RecurringDifficulty", "recurring difficulties");

public sealed class RecurringDifficultySortFieldType() : DescribedEnumType<RecurringDifficultySortField>(
    "RecurringDifficultySortField",
    "What the recurring difficulties feed may be sorted on.",
    ("REPORTED_AT", "When the difficulty was reported."),
    ("TITLE", "The difficulty's title."));

/// <summary>The recurring difficulties' sort keys (newest first when none is given), the id last for stable cursors.</summary>
public static class RecurringDifficultyOrdering
{
    public static readonly Sorting<RecurringDifficulty, RecurringDifficultySortField> Sorting =
        new Sorting<RecurringDifficulty, RecurringDifficultySortField>([new(RecurringDifficultySortField.ReportedAt, SortDirection.Desc)], d => d.Id, idDescending: true)
            .By(RecurringDifficultySortField.ReportedAt, d => d.ReportedAt)
            .By(RecurringDifficultySortField.Title, d => d.Title);
}
