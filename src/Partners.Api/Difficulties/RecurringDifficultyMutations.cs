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
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<ReportRecurringDifficultyInput>("input");
                var now = context.Service<IClock>().UtcNow;
                var reported = RecurringDifficulty.Report(context.Actor(), input.Title, input.Description, input.Region, now);
                if (!reported.IsSuccess)
                {
                    return Payload<RecurringDifficulty>.Refused(reported.Errors.ToInputErrors(context));
                }

                context.Service<PartnersDbContext>().RecurringDifficulties.Add(reported.Value!);
                return await InputErrors.SaveAsync(context, reported.Value!, [], d => CommissionEvents.OfDifficulty(d, CommissionEventKind.RecurringDifficultyReported, now));
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
            .ResolveAsync(async context =>
            {
                var key = GlobalId.KeyOf(context.GetArgument<RecurringDifficultyMoveInput>("input").RecurringDifficultyId, RecurringDifficultyNode.TypeName);
                var difficulty = key is null
                    ? null
                    : await context.Service<PartnersDbContext>().RecurringDifficulties.FirstOrDefaultAsync(d => d.Id == key, context.CancellationToken);
                var now = context.Service<IClock>().UtcNow;
                return await InputErrors.MoveAsync(context, difficulty, "recurringDifficultyId", d => move(d, context.Actor(), now),
                    d => CommissionEvents.OfDifficulty(d, CommissionEventKind.RecurringDifficultyUpdated, now));
            });
}
