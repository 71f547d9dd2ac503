using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.DataLoading;
using Partners.Data;
using Partners.Domain.Accompaniment;

namespace Partners.Api.Accompaniment;

public sealed class PlanPartyType() : DescribedEnumType<PlanParty>(
    "PlanParty",
    "A party to the action plan (plan d'action, art. 8).",
    ("JOB_SEEKER", "The person (le demandeur d'emploi)."),
    ("OFFICE", "The Office (le Forem), through the referent counsellor."),
    ("OPERATOR", "An operator the person is referred to."));

public sealed class ActionPlanType : ObjectGraphType<ActionPlan>
{
    public const string TypeName = "ActionPlan";

    public ActionPlanType()
    {
        Name = TypeName;
        Description = "A version of the person's action plan (plan d'action, art. 2 10°, 7–8): objectives, actions with deadlines, each party's commitments. PATHWAY data.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("This version's opaque id.").Resolve(c => Partners.Api.GraphQL.Relay.GlobalId.Encode(TypeName, c.Source.Id));
        this.Member(p => p.Version).Description("1 for the first plan, one more for each new version.");
        this.Member(p => p.DrawnUpOn).Description("The day it was drawn up with the person.");
        this.Member(p => p.CopyReceivedOn, nullable: true).Description("The day the person received a copy (art. 13 8°).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("objectives").Description("The professional objectives.")
            .Resolve(c => c.Source.Objectives.Select(o => o.Title));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanActionType>>>>("actions").Description("The actions, by deadline.")
            .Resolve(c => c.Source.Actions.OrderBy(a => a.Deadline));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanCommitmentType>>>>("commitments").Description("The commitments of each party.")
            .Resolve(c => c.Source.Commitments);
        this.Member(p => p.RecordedAt).Description("When this version was recorded.");
    }
}

public sealed class PlanActionType : ObjectGraphType<PlanAction>
{
    public PlanActionType()
    {
        Name = "PlanAction";
        Description = "An action of the action plan with its deadline (art. 8).";
        this.Member(a => a.Description).Description("What is to be done.");
        this.Member(a => a.Deadline).Description("By when.");
        Field<NonNullGraphType<PlanPartyType>>("party").Description("Who carries it out.").Resolve(c => c.Source.Party);
    }
}

public sealed class PlanCommitmentType : ObjectGraphType<PlanCommitment>
{
    public PlanCommitmentType()
    {
        Name = "PlanCommitment";
        Description = "A commitment of one party to the action plan (art. 8).";
        Field<NonNullGraphType<PlanPartyType>>("party").Description("The party that commits.").Resolve(c => c.Source.Party);
        this.Member(a => a.Text).Description("The commitment.");
    }
}

public static class ActionPlanLoaders
{
    /// <summary>Every version of each person's plan of a page, oldest first, in one statement.</summary>
    public static IDataLoaderResult<IReadOnlyList<ActionPlan>?> LoadActionPlans(this IResolveFieldContext context, long jobSeekerId) =>
        context.GroupLoader<long, ActionPlan>("action-plans", async (services, ids, cancellationToken) =>
            (await services.GetRequiredService<PartnersDbContext>().ActionPlans.AsNoTracking()
                .Where(p => ids.Contains(p.JobSeekerId)).OrderBy(p => p.Version)
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.JobSeekerId))
        .Load(jobSeekerId);
}
