using GraphQL.Types;
using Partners.Api.Organisations;
using Partners.Domain.Referrals;

namespace Partners.Api.Referrals;

public sealed class CandidacyResultType : ObjectGraphType<CandidacyResult>
{
    public CandidacyResultType()
    {
        Name = "CandidacyResult";
        Description = "The candidacy result the operator gives the job seeker and the counsellor (art. 14 5°).";
        Field<NonNullGraphType<CandidacyDecisionType>>("decision").Description("Accepted, refused or waitlisted.").Resolve(c => c.Source.Decision);
        Field<RefusalReasonType>("refusalReason").Description("The coded reason of a refusal.").Resolve(c => c.Source.RefusalReason);
        Field(r => r.Motivation).Description("The written motivation (motivation).");
        Field(r => r.ActionPlanFit, nullable: true).Description("How the candidacy fits the action plan (plan d'action, art. 8).");
        Field(r => r.DecidedAt).Description("When the result was given.");
    }
}

public sealed class ServiceEvaluationType : ObjectGraphType<ServiceEvaluation>
{
    public ServiceEvaluationType()
    {
        Name = "ServiceEvaluation";
        Description = "The evaluation of the service made with the job seeker and sent to the counsellor (art. 14 7°).";
        Field<NonNullGraphType<ObjectiveAttainmentType>>("attainment").Description("How far the objective was reached.").Resolve(c => c.Source.Attainment);
        Field(e => e.Summary).Description("What the service brought toward the objective.");
        Field(e => e.AgreedWithJobSeeker).Description("Whether the job seeker agreed with the evaluation.");
        Field(e => e.NextStepProposals, nullable: true).Description("Proposed next steps for the action plan.");
    }
}

public sealed class ServiceEventType : ObjectGraphType<ServiceEvent>
{
    public ServiceEventType()
    {
        Name = "ServiceEvent";
        Description = "An event during the service told to the counsellor, with a proposed adjustment (art. 14 6°).";
        Field(e => e.OccurredOn).Description("The day of the event.");
        Field<NonNullGraphType<ServiceEventKindType>>("kind").Description("The kind of event.").Resolve(c => c.Source.Kind);
        Field(e => e.Description).Description("What happened.");
        Field(e => e.ProposedAdjustment, nullable: true).Description("The adjustment the operator proposes (proposition d'adaptation).");
        Field(e => e.ReportedAt).Description("When it was reported.");
    }
}

public sealed class ReferralHistoryEntryType : ObjectGraphType<ReferralHistoryEntry>
{
    public ReferralHistoryEntryType()
    {
        Name = "ReferralHistoryEntry";
        Description = "One change of state of a referral (historique).";
        Field(h => h.At).Description("When.");
        Field<NonNullGraphType<OrganisationNode>>("organisation").Description("The organisation that made the change.")
            .Resolve(c => c.LoadOrganisation(c.Source.ActorOrganisationId));
        Field("clientId", h => h.ActorClientId).Description("The OAuth client that made the change.");
        Field("userId", h => h.ActorUserId, nullable: true).Description("The person, when one signed in (Office staff).");
        Field<ReferralStatusType>("from").Description("The state before; null at creation.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<ReferralStatusType>>("to").Description("The state after.").Resolve(c => c.Source.To);
        Field(h => h.Reason, nullable: true).Description("Why: the motivation, the reason or the summary given.");
    }
}
