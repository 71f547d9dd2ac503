using Partners.Api.GraphQL.Mutations;
using Partners.Domain.Difficulties;

namespace Partners.Api.Difficulties;

public sealed class RecurringDifficultyPayloadType() : PayloadType<RecurringDifficultyNode, RecurringDifficulty>(
    "RecurringDifficultyPayload", "recurringDifficulty", "The recurring difficulty after a mutation, or the refusals.");
