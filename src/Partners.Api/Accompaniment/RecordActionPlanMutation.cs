using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
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
        Field<NonNullGraphType<StringGraphType>>("description").Description("What is to be done.").MaxLength(InputLimits.Text);
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
        Field<NonNullGraphType<StringGraphType>>("text").Description("The commitment.").MaxLength(InputLimits.Text);
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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("objectives").Description("The professional objectives (objectifs professionnels); at least one.").MaxLength(ActionPlan.MaxObjectiveLength);
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
            .Runs<RecordActionPlanInput, ActionPlan>(RecordAsync);

    private static async Task<Change<ActionPlan>> RecordAsync(MutationScope<RecordActionPlanInput> scope)
    {
        var (db, input) = (scope.Db, scope.Input);
        var jobSeeker = await scope.FindAsync(db.JobSeekers, input.JobSeekerId, JobSeekerNode.TypeName);
        if (jobSeeker is null)
        {
            return Change<ActionPlan>.NotFound("input.jobSeekerId");
        }

        // Two recordings racing for the same version meet the unique (person, version) index; the pipeline runs the
        // loser again on what is stored, so it becomes the next version.
        var previous = await db.ActionPlans.Where(p => p.JobSeekerId == jobSeeker.Id).MaxAsync(p => (int?)p.Version, scope.CancellationToken) ?? 0;
        var recorded = ActionPlan.Record(jobSeeker, previous, input.DrawnUpOn, input.CopyReceivedOn, input.Objectives,
            [.. (input.Actions ?? []).Select(a => new PlanAction { Description = a.Description, Deadline = a.Deadline, Party = a.Party })],
            [.. input.Commitments.Select(c => new PlanCommitment { Party = c.Party, Text = c.Text })],
            scope.Actor, scope.Now);
        if (recorded.Value is { } plan)
        {
            db.ActionPlans.Add(plan);
        }

        return Change<ActionPlan>.Of(recorded);
    }
}
