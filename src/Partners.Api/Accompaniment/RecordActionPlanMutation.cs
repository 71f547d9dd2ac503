using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Errors;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.Identity;
using Partners.Api.JobSeekers;
using Partners.Data;
using Partners.Domain.Accompaniment;
using Partners.Domain.Common;
using Partners.Domain.Organisations;

namespace Partners.Api.Accompaniment;

public sealed record PlanActionInput(string Description, DateOnly Deadline, PlanParty Party);

public sealed class PlanActionInputType : InputObjectGraphType<PlanActionInput>
{
    public PlanActionInputType()
    {
        Name = "PlanActionInput";
        Description = "An action of the action plan, with its deadline (action et échéance, art. 8).";
        Field<NonNullGraphType<StringGraphType>>("description").Description("What is to be done.");
        Field<NonNullGraphType<DateScalar>>("deadline").Description("By when (échéance).");
        Field<NonNullGraphType<PlanPartyType>>("party").Description("Who carries it out.");
    }
}

public sealed record PlanCommitmentInput(PlanParty Party, string Text);

public sealed class PlanCommitmentInputType : InputObjectGraphType<PlanCommitmentInput>
{
    public PlanCommitmentInputType()
    {
        Name = "PlanCommitmentInput";
        Description = "A commitment of one party to the plan (engagement, art. 8).";
        Field<NonNullGraphType<PlanPartyType>>("party").Description("The party that commits.");
        Field<NonNullGraphType<StringGraphType>>("text").Description("The commitment.");
    }
}

public sealed record RecordActionPlanInput(
    string JobSeekerId, DateOnly DrawnUpOn, DateOnly? CopyReceivedOn, IReadOnlyList<string> Objectives,
    IReadOnlyList<PlanActionInput>? Actions, IReadOnlyList<PlanCommitmentInput> Commitments);

public sealed class RecordActionPlanInputType : InputObjectGraphType<RecordActionPlanInput>
{
    public RecordActionPlanInputType()
    {
        Name = "RecordActionPlanInput";
        Description = "A new version of the person's action plan (plan d'action, décret du 12 janvier 2012, art. 2 10°, 7–8, 13 8°).";
        Field<NonNullGraphType<IdGraphType>>("jobSeekerId").Description("The person.");
        Field<NonNullGraphType<DateScalar>>("drawnUpOn").Description("The day the counsellor and the person drew it up, after the assessment (bilan).");
        Field<DateScalar>("copyReceivedOn").Description("The day the person received a copy (art. 13 8°); never before the plan, never in the future.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("objectives").Description("The professional objectives (objectifs professionnels); at least one.");
        Field<ListGraphType<NonNullGraphType<PlanActionInputType>>>("actions").Description("The actions, each with its deadline and its party.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanCommitmentInputType>>>>("commitments").Description("The commitments of each party: at least the person's and the Office's.");
    }
}

public sealed class ActionPlanPayloadType() : PayloadType<ActionPlanType, ActionPlan>("ActionPlanPayload", "actionPlan", "The new version of the plan, or the refusals.");

/// <summary>
/// The referent counsellor records a new version of the person's action plan (art. 8); its objectives become the
/// person's current objectives, the ones a referral may serve.
/// </summary>
public sealed class RecordActionPlanMutation : IMutationFields
{
    public void AddTo(MutationType mutation) =>
        mutation.Mutation<RecordActionPlanInputType, ActionPlanPayloadType>("recordActionPlan", "Records a new version of the person's action plan (art. 8, 13 8°); the Office only.")
            .Authorize(AccessRule.Scope(Scopes.JobSeekerPathway).ForKinds(OrganisationKind.Office).ForRoles(StaffRoles.Counsellor))
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<RecordActionPlanInput>("input");
                return await Idempotency.RunAsync(context, () => RecordAsync(context, input), p => p.Id,
                    async id => await context.Service<PartnersDbContext>().ActionPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, context.CancellationToken));
            });

    private static async Task<Payload<ActionPlan>> RecordAsync(IResolveFieldContext context, RecordActionPlanInput input)
    {
        var db = context.Service<PartnersDbContext>();
        var key = Partners.Api.GraphQL.Relay.GlobalId.KeyOf(input.JobSeekerId, JobSeekerNode.TypeName);
        var jobSeeker = key is null ? null : await db.JobSeekers.FirstOrDefaultAsync(j => j.Id == key, context.CancellationToken);
        if (jobSeeker is null)
        {
            return InputErrors.NotFound<ActionPlan>(context, "jobSeekerId");
        }

        var previous = await db.ActionPlans.Where(p => p.JobSeekerId == jobSeeker.Id).MaxAsync(p => (int?)p.Version, context.CancellationToken) ?? 0;
        var recorded = ActionPlan.Record(jobSeeker, previous, input.DrawnUpOn, input.CopyReceivedOn, input.Objectives,
            [.. (input.Actions ?? []).Select(a => new PlanAction { Description = a.Description, Deadline = a.Deadline, Party = a.Party })],
            [.. input.Commitments.Select(c => new PlanCommitment { Party = c.Party, Text = c.Text })],
            context.Actor(), context.Service<IClock>().UtcNow);
        if (!recorded.IsSuccess)
        {
            db.ChangeTracker.Clear();
            return Payload<ActionPlan>.Refused(recorded.Errors.ToUserErrors(context));
        }

        db.ActionPlans.Add(recorded.Value!);
        return await db.SaveAsync(context) is { } conflict ? Payload<ActionPlan>.Refused(conflict) : Payload<ActionPlan>.Ok(recorded.Value!);
    }
}
