using GraphQL.Types;
using Partners.Api.GraphQL;
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
        this.Member(r => r.Motivation).Description("The written motivation (motivation).");
        this.Member(r => r.ActionPlanFit, nullable: true).Description("How the candidacy fits the action plan (plan d'action, art. 8).");
        this.Member(r => r.DecidedAt).Description("When the result was given.");
    }
}

public sealed class ServiceEvaluationType : ObjectGraphType<ServiceEvaluation>
{
    public ServiceEvaluationType()
    {
        Name = "ServiceEvaluation";
        Description = "The evaluation of the service made with the job seeker and sent to the counsellor (art. 14 7°).";
        Field<NonNullGraphType<ObjectiveAttainmentType>>("attainment").Description("How far the objective was reached.").Resolve(c => c.Source.Attainment);
        this.Member(e => e.Summary).Description("What the service brought toward the objective.");
        this.Member(e => e.AgreedWithJobSeeker).Description("Whether the job seeker agreed with the evaluation.");
        this.Member(e => e.NextStepProposals, nullable: true).Description("Proposed next steps for the action plan.");
    }
}

public sealed class ServiceEventType : ObjectGraphType<ServiceEvent>
{
    public ServiceEventType()
    {
        Name = "ServiceEvent";
        Description = "An event during the service told to the counsellor, with a proposed adjustment (art. 14 6°).";
        this.Member(e => e.OccurredOn).Description("The day of the event.");
        Field<NonNullGraphType<ServiceEventKindType>>("kind").Description("The kind of event.").Resolve(c => c.Source.Kind);
        this.Member(e => e.Description).Description("What happened.");
        this.Member(e => e.ProposedAdjustment, nullable: true).Description("The adjustment the operator proposes (proposition d'adaptation).");
        this.Member(e => e.ReportedAt).Description("When it was reported.");
    }
}

public sealed class ReferralHistoryEntryType : ObjectGraphType<ReferralHistoryEntry>
{
    public ReferralHistoryEntryType()
    {
        Name = "ReferralHistoryEntry";
        Description = "One change of state of a referral (historique).";
        this.Member(h => h.At).Description("When.");
        Field<NonNullGraphType<OrganisationNode>>("organisation").Description("The organisation that made the change.")
            .Resolve(c => c.LoadOrganisation(c.Source.ActorOrganisationId));
        this.Member("clientId", h => h.ActorClientId).Description("The OAuth client that made the change.");
        this.Member("userId", h => h.ActorUserId, nullable: true).Description("The person, when one signed in (Office staff).");
        Field<ReferralStatusType>("from").Description("The state before; null at creation.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<ReferralStatusType>>("to").Description("The state after.").Resolve(c => c.Source.To);
        this.Member(h => h.Reason, nullable: true).Description("Why: the motivation, the reason or the summary given.");
    }
}
