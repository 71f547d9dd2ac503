using GraphQL.Types;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Mutations;
using Partners.Domain.Referrals;

namespace Partners.Api.Referrals;

public sealed record ReferJobSeekerInput(string JobSeekerId, string OfferId, string ProfessionalObjective, string? Note);

public sealed class ReferJobSeekerInputType : InputObjectGraphType<ReferJobSeekerInput>
{
    public ReferJobSeekerInputType()
    {
        Name = "ReferJobSeekerInput";
        Description = "A referral by the Office's referent counsellor (adressage, art. 13 5°).";
        Field<NonNullGraphType<IdGraphType>>("jobSeekerId").Description("The job seeker referred.");
        Field<NonNullGraphType<IdGraphType>>("offerId").Description("The published offer referred to.");
        Field<NonNullGraphType<StringGraphType>>("professionalObjective").Description("The objective of the person's current action plan the referral serves (art. 8): one of `pathway.professionalObjectives`, else VALIDATION.").MaxLength(300);
        Field<StringGraphType>("note").Description("A note to the operator.").MaxLength(InputLimits.Text);
    }
}

public sealed record AcknowledgeReferralInput(string ReferralId);

public sealed class AcknowledgeReferralInputType : InputObjectGraphType<AcknowledgeReferralInput>
{
    public AcknowledgeReferralInputType()
    {
        Name = "AcknowledgeReferralInput";
        Description = "The operator has received the candidacy (art. 14 4°).";
        Field<NonNullGraphType<IdGraphType>>("referralId").Description("The referral.");
    }
}

public sealed record RecordCandidacyResultInput(string ReferralId, CandidacyDecision Decision, RefusalReason? RefusalReason, string Motivation, string? ActionPlanFit);

public sealed class RecordCandidacyResultInputType : InputObjectGraphType<RecordCandidacyResultInput>
{
    public RecordCandidacyResultInputType()
    {
        Name = "RecordCandidacyResultInput";
        Description = "The candidacy result, told to the job seeker and the counsellor (art. 14 4°–5°).";
        Field<NonNullGraphType<IdGraphType>>("referralId").Description("The referral.");
        Field<NonNullGraphType<CandidacyDecisionType>>("decision").Description("Accepted, refused or waitlisted.");
        Field<RefusalReasonType>("refusalReason").Description("Required for a refusal, and only then.");
        Field<NonNullGraphType<StringGraphType>>("motivation").Description("The written motivation; required for a refusal.").MaxLength(InputLimits.Text);
        Field<StringGraphType>("actionPlanFit").Description("How the candidacy fits the action plan (art. 8).").MaxLength(InputLimits.Text);
    }
}

public sealed record StartServiceInput(string ReferralId, DateOnly? StartedOn);

public sealed class StartServiceInputType : InputObjectGraphType<StartServiceInput>
{
    public StartServiceInputType()
    {
        Name = "StartServiceInput";
        Description = "The service of an accepted candidacy starts.";
        Field<NonNullGraphType<IdGraphType>>("referralId").Description("The referral.");
        Field<DateScalar>("startedOn").Description("The first day; today when omitted.");
    }
}

public sealed record ReportServiceEventInput(string ReferralId, DateOnly OccurredOn, ServiceEventKind Kind, string Description, string? ProposedAdjustment);

public sealed class ReportServiceEventInputType : InputObjectGraphType<ReportServiceEventInput>
{
    public ReportServiceEventInputType()
    {
        Name = "ReportServiceEventInput";
        Description = "An event during the service told to the counsellor, with a proposed adjustment (art. 14 6°).";
        Field<NonNullGraphType<IdGraphType>>("referralId").Description("The referral.");
        Field<NonNullGraphType<DateScalar>>("occurredOn").Description("The day of the event.");
        Field<NonNullGraphType<ServiceEventKindType>>("kind").Description("The kind of event.");
        Field<NonNullGraphType<StringGraphType>>("description").Description("What happened.").MaxLength(InputLimits.Text);
        Field<StringGraphType>("proposedAdjustment").Description("The adjustment proposed (proposition d'adaptation).").MaxLength(InputLimits.Text);
    }
}

public sealed record ServiceEvaluationInput(ObjectiveAttainment Attainment, string Summary, bool AgreedWithJobSeeker, string? NextStepProposals);

public sealed class ServiceEvaluationInputType : InputObjectGraphType<ServiceEvaluationInput>
{
    public ServiceEvaluationInputType()
    {
        Name = "ServiceEvaluationInput";
        Description = "The evaluation made with the job seeker (art. 14 7°).";
        Field<NonNullGraphType<ObjectiveAttainmentType>>("attainment").Description("How far the objective was reached.");
        Field<NonNullGraphType<StringGraphType>>("summary").Description("What the service brought toward the objective.").MaxLength(InputLimits.Text);
        Field<NonNullGraphType<BooleanGraphType>>("agreedWithJobSeeker").Description("Whether the job seeker agreed with it.");
        Field<StringGraphType>("nextStepProposals").Description("Proposed next steps.").MaxLength(InputLimits.Text);
    }
}

public sealed record CompleteServiceInput(string ReferralId, ServiceOutcome Outcome, DateOnly? EndedOn, ServiceEvaluationInput Evaluation);

public sealed class CompleteServiceInputType : InputObjectGraphType<CompleteServiceInput>
{
    public CompleteServiceInputType()
    {
        Name = "CompleteServiceInput";
        Description = "The end of the service, with its evaluation (art. 14 7°).";
        Field<NonNullGraphType<IdGraphType>>("referralId").Description("The referral.");
        Field<NonNullGraphType<ServiceOutcomeType>>("outcome").Description("Completed or abandoned.");
        Field<DateScalar>("endedOn").Description("The last day; today when omitted.");
        Field<NonNullGraphType<ServiceEvaluationInputType>>("evaluation").Description("The evaluation made with the job seeker.");
    }
}

public sealed record CancelReferralInput(string ReferralId, string Reason);

public sealed class CancelReferralInputType : InputObjectGraphType<CancelReferralInput>
{
    public CancelReferralInputType()
    {
        Name = "CancelReferralInput";
        Description = "The referring side withdraws the referral.";
        Field<NonNullGraphType<IdGraphType>>("referralId").Description("The referral.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why (required).").MaxLength(InputLimits.Text);
    }
}

public sealed class ReferralPayloadType() : PayloadType<ReferralNode, Referral>("ReferralPayload", "referral", "The referral as it stands, or the refusals.");
