using Partners.Domain.Difficulties;
using GraphQL.Types;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.Organisations;
using Partners.Domain.Organisations;

namespace Partners.Api.Difficulties;

public sealed record ReportRecurringDifficultyInput(string Title, string Description, Region? Region);

public sealed record RecurringDifficultyMoveInput(string RecurringDifficultyId);

public sealed class ReportRecurringDifficultyInputType : InputObjectGraphType<ReportRecurringDifficultyInput>
{
    public ReportRecurringDifficultyInputType()
    {
        Name = "ReportRecurringDifficultyInput";
        Description = "A recurring difficulty to report to the Commission des opérateurs (art. 13 12°, art. 14 9°).";
        Field<NonNullGraphType<StringGraphType>>("title").Description("The difficulty, in a line.").MaxLength(RecurringDifficulty.MaxTitleLength);
        Field<NonNullGraphType<StringGraphType>>("description").Description("The difficulty, described: never a person's data.").MaxLength(RecurringDifficulty.MaxTextLength);
        Field<RegionType>("region").Description("The directorate concerned, if the difficulty is sub-regional.");
    }
}

/// <summary>The input of a move of a recurring difficulty by the Commission.</summary>
public abstract class RecurringDifficultyMoveInputType : InputObjectGraphType<RecurringDifficultyMoveInput>
{
    protected RecurringDifficultyMoveInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("recurringDifficultyId").Description("The recurring difficulty.");
    }
}

public sealed class AcknowledgeRecurringDifficultyInputType() : RecurringDifficultyMoveInputType(
    "AcknowledgeRecurringDifficultyInput", "The Commission takes note of an open recurring difficulty.");

public sealed class CloseRecurringDifficultyInputType() : RecurringDifficultyMoveInputType(
    "CloseRecurringDifficultyInput", "The Commission closes a recurring difficulty.");
