using Partners.Api.GraphQL;
using Partners.Domain.Difficulties;

namespace Partners.Api.Difficulties;

public sealed class RecurringDifficultyStatusType : EnumType<RecurringDifficultyStatus>
{
    public RecurringDifficultyStatusType()
    {
        Name = "RecurringDifficultyStatus";
        Description = "The life of a recurring difficulty reported to the Commission des opérateurs (art. 13 12°, art. 14 9°).";
        Values["OPEN"]!.Description = "Reported, not yet taken up by the Commission.";
        Values["ACKNOWLEDGED"]!.Description = "Taken note of by the Commission.";
        Values["CLOSED"]!.Description = "Closed by the Commission.";
    }
}
