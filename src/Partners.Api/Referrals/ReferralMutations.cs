using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.Identity;
using Partners.Domain.Referrals;

namespace Partners.Api.Referrals;

/// <summary>
/// The moves of domain.md's referral table, one mutation each. Who may make which move is the domain's
/// <see cref="ReferralStateMachine"/>; here the caller is only translated (organisation from the token).
/// </summary>
public sealed class ReferralMutations(ReferralOptions options) : IMutationFields
{
    private static readonly AccessRule Write = AccessRule.Scope(Scopes.ReferralsWrite);

    public void AddTo(MutationType mutation)
    {
        mutation.Mutation<AcknowledgeReferralInputType, ReferralPayloadType>("acknowledgeReferral", "The operator has received the candidacy (RECEIVED, art. 14 4°).")
            .Authorize(Write)
            .RunsMove<AcknowledgeReferralInput>(i => i.ReferralId, (_, r) => r.Status == ReferralStatus.Received,
                _ => (r, actor, now) => r.Acknowledge(actor, now));

        mutation.Mutation<RecordCandidacyResultInputType, ReferralPayloadType>("recordCandidacyResult", "The candidacy result: ACCEPTED, REFUSED (coded reason and motivation) or WAITLISTED (art. 14 4°–5°).")
            .Authorize(Write)
            .RunsMove<RecordCandidacyResultInput>(i => i.ReferralId,
                (input, r) => r.Status == TargetOf(input.Decision) && r.CandidacyResult is { } result && result.RefusalReason == input.RefusalReason
                    && result.Motivation == (input.Motivation ?? "").Trim(),
                input => (r, actor, now) => r.RecordCandidacyResult(actor, input.Decision, input.RefusalReason, input.Motivation ?? "", input.ActionPlanFit, now,
                    options.InformationPeriodDays));

        mutation.Mutation<StartServiceInputType, ReferralPayloadType>("startService", "The service of an accepted candidacy starts (IN_PROGRESS).")
            .Authorize(Write)
            .RunsMove<StartServiceInput>(i => i.ReferralId, (_, r) => r.Status == ReferralStatus.InProgress,
                input => (r, actor, now) => r.StartService(actor, input.StartedOn, now));

        mutation.Mutation<ReportServiceEventInputType, ReferralPayloadType>("reportServiceEvent", "Tells the counsellor of an event during the service, proposing an adjustment (art. 14 6°).")
            .Authorize(Write)
            .RunsMove<ReportServiceEventInput>(i => i.ReferralId,
                (input, r) => r.Events.Any(e => e.OccurredOn == input.OccurredOn && e.Kind == input.Kind && e.Description == input.Description.Trim()),
                input => (r, actor, now) => r.ReportEvent(actor, input.OccurredOn, input.Kind, input.Description, input.ProposedAdjustment, now));

        mutation.Mutation<CompleteServiceInputType, ReferralPayloadType>("completeService", "The end of the service (COMPLETED or ABANDONED) with the evaluation made with the job seeker (art. 14 7°).")
            .Authorize(Write)
            .RunsMove<CompleteServiceInput>(i => i.ReferralId,
                (input, r) => r.Status == (input.Outcome == ServiceOutcome.Completed ? ReferralStatus.Completed : ReferralStatus.Abandoned),
                input => (r, actor, now) => r.Complete(actor, input.Outcome, input.EndedOn, new ServiceEvaluation
                {
                    Attainment = input.Evaluation.Attainment, Summary = input.Evaluation.Summary?.Trim() ?? "",
                    AgreedWithJobSeeker = input.Evaluation.AgreedWithJobSeeker, NextStepProposals = input.Evaluation.NextStepProposals,
                }, now));

        mutation.Mutation<CancelReferralInputType, ReferralPayloadType>("cancelReferral", "The referring side withdraws the referral (CANCELLED); a reason is required.")
            .Authorize(Write)
            .RunsMove<CancelReferralInput>(i => i.ReferralId, (_, r) => r.Status == ReferralStatus.Cancelled,
                input => (r, actor, now) => r.Cancel(actor, input.Reason ?? "", now));
    }

    private static ReferralStatus TargetOf(CandidacyDecision decision) => decision switch
    {
        CandidacyDecision.Accepted => ReferralStatus.Accepted,
        CandidacyDecision.Refused => ReferralStatus.Refused,
        _ => ReferralStatus.Waitlisted,
    };
}
