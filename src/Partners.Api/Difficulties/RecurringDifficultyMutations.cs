using GraphQL;
using Microsoft.EntityFrameworkCore;
using Partners.Api.Commission;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Difficulties;

namespace Partners.Api.Difficulties;

/// <summary>Reported by the Office or an operator (Art. 13 12°, Art. 14 9°); taken up and closed by the Commission.</summary>
public sealed class RecurringDifficultyMutations : IMutationFields
{
    public void AddTo(MutationType mutation)
    {
        mutation.Mutation<ReportRecurringDifficultyInputType, RecurringDifficultyPayloadType>("reportRecurringDifficulty",
                "The Office or an operator reports a recurring difficulty to the Commission des opérateurs.")
            .AuthorizeAuthenticated()
            .Runs<ReportRecurringDifficultyInput, RecurringDifficulty>(scope =>
            {
                var reported = RecurringDifficulty.Report(scope.Actor, scope.Input.Title, scope.Input.Description, scope.Input.Region, scope.Now);
                if (reported.Value is { } difficulty)
                {
                    scope.Db.RecurringDifficulties.Add(difficulty);
                }

                return Task.FromResult(Change<RecurringDifficulty>.Of(reported,
                    d => CommissionEvents.OfDifficulty(d, CommissionEventKind.RecurringDifficultyReported, scope.Now)));
            });

        Move<AcknowledgeRecurringDifficultyInputType>(mutation, "acknowledgeRecurringDifficulty",
            "The Commission takes note of an open recurring difficulty (OPEN → ACKNOWLEDGED).", (d, actor, now) => d.Acknowledge(actor, now));
        Move<CloseRecurringDifficultyInputType>(mutation, "closeRecurringDifficulty",
            "The Commission closes a recurring difficulty (OPEN or ACKNOWLEDGED → CLOSED).", (d, actor, now) => d.Close(actor, now));
    }

    private static void Move<TInputType>(
        MutationType mutation, string name, string description, Func<RecurringDifficulty, NetworkActor, DateTime, Result<RecurringDifficulty>> move)
        where TInputType : RecurringDifficultyMoveInputType =>
        mutation.Mutation<TInputType, RecurringDifficultyPayloadType>(name, description)
            .RequireScope(Scopes.Commission)
            .Runs<RecurringDifficultyMoveInput, RecurringDifficulty>(async scope =>
            {
                var difficulty = await scope.FindAsync(scope.Db.RecurringDifficulties, scope.Input.RecurringDifficultyId, RecurringDifficultyNode.TypeName);
                return difficulty is null
                    ? Change<RecurringDifficulty>.NotFound("input.recurringDifficultyId")
                    : Change<RecurringDifficulty>.Of(move(difficulty, scope.Actor, scope.Now),
                        d => CommissionEvents.OfDifficulty(d, CommissionEventKind.RecurringDifficultyUpdated, scope.Now));
            });
}
