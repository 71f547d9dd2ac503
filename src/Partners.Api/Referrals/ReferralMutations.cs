using GraphQL;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.Identity;
using Partners.Domain.Referrals;

namespace Partners.Api.Referrals;

/// <summary>
/// The moves of domain.md's referral table, one mutation each. Who may make which move is the domain's
/// <see cref="ReferralStateMachine"/>; here the caller is only translated (organisation from the token).
/// </summary>
public sealed class ReferralMutations : IMutationFields
{
    private static readonly AccessRule Write = AccessRule.Scope(Scopes.ReferralsWrite);

    public void AddTo(MutationType mutation)
    {
        mutation.Mutation<AcknowledgeReferralInputType, ReferralPayloadType>("acknowledgeReferral", "The operator has received the candidacy (RECEIVED, art. 14 4°).")
            .Authorize(Write)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<AcknowledgeReferralInput>("input");
                return await ReferralCommand.RunAsync(context, input.ReferralId, r => r.Status == ReferralStatus.Received,
                    (r, actor, now) => r.Acknowledge(actor, now));
            });

        mutation.Mutation<RecordCandidacyResultInputType, ReferralPayloadType>("recordCandidacyResult", "The candidacy result: ACCEPTED, REFUSED (coded reason and motivation) or WAITLISTED (art. 14 4°–5°).")
            .Authorize(Write)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<RecordCandidacyResultInput>("input");
                if (TextLimits.Check(context, ("input.motivation", input.Motivation, TextLimits.Text), ("input.actionPlanFit", input.ActionPlanFit, TextLimits.Text)) is { Count: > 0 } tooLong)
                {
                    return Payload<Referral>.Refused(tooLong);
                }

                var target = input.Decision switch
                {
                    CandidacyDecision.Accepted => ReferralStatus.Accepted,
                    CandidacyDecision.Refused => ReferralStatus.Refused,
                    _ => ReferralStatus.Waitlisted,
                };
                return await ReferralCommand.RunAsync(context, input.ReferralId,
                    r => r.Status == target && r.CandidacyResult is { } result && result.RefusalReason == input.RefusalReason
                        && result.Motivation == (input.Motivation ?? "").Trim(),
                    (r, actor, now) => r.RecordCandidacyResult(actor, input.Decision, input.RefusalReason, input.Motivation ?? "", input.ActionPlanFit, now,
                        context.Service<ReferralOptions>().InformationPeriodDays));
            });

        mutation.Mutation<StartServiceInputType, ReferralPayloadType>("startService", "The service of an accepted candidacy starts (IN_PROGRESS).")
            .Authorize(Write)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<StartServiceInput>("input");
                return await ReferralCommand.RunAsync(context, input.ReferralId, r => r.Status == ReferralStatus.InProgress,
                    (r, actor, now) => r.StartService(actor, input.StartedOn, now));
            });

        mutation.Mutation<ReportServiceEventInputType, ReferralPayloadType>("reportServiceEvent", "Tells the counsellor of an event during the service, proposing an adjustment (art. 14 6°).")
            .Authorize(Write)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<ReportServiceEventInput>("input");
                if (TextLimits.Check(context, ("input.description", input.Description, TextLimits.Text), ("input.proposedAdjustment", input.ProposedAdjustment, TextLimits.Text)) is { Count: > 0 } tooLong)
                {
                    return Payload<Referral>.Refused(tooLong);
                }

                return await ReferralCommand.RunAsync(context, input.ReferralId,
                    r => r.Events.Any(e => e.OccurredOn == input.OccurredOn && e.Kind == input.Kind && e.Description == input.Description.Trim()),
                    (r, actor, now) => r.ReportEvent(actor, input.OccurredOn, input.Kind, input.Description, input.ProposedAdjustment, now));
            });

        mutation.Mutation<CompleteServiceInputType, ReferralPayloadType>("completeService", "The end of the service (COMPLETED or ABANDONED) with the evaluation made with the job seeker (art. 14 7°).")
            .Authorize(Write)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<CompleteServiceInput>("input");
                if (TextLimits.Check(context, ("input.evaluation.summary", input.Evaluation.Summary, TextLimits.Text), ("input.evaluation.nextStepProposals", input.Evaluation.NextStepProposals, TextLimits.Text)) is { Count: > 0 } tooLong)
                {
                    return Payload<Referral>.Refused(tooLong);
                }

                var target = input.Outcome == ServiceOutcome.Completed ? ReferralStatus.Completed : ReferralStatus.Abandoned;
                var evaluation = new ServiceEvaluation
                {
                    Attainment = input.Evaluation.Attainment, Summary = input.Evaluation.Summary?.Trim() ?? "",
                    AgreedWithJobSeeker = input.Evaluation.AgreedWithJobSeeker, NextStepProposals = input.Evaluation.NextStepProposals,
                };
                return await ReferralCommand.RunAsync(context, input.ReferralId, r => r.Status == target,
                    (r, actor, now) => r.Complete(actor, input.Outcome, input.EndedOn, evaluation, now));
            });

        mutation.Mutation<CancelReferralInputType, ReferralPayloadType>("cancelReferral", "The referring side withdraws the referral (CANCELLED); a reason is required.")
            .Authorize(Write)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<CancelReferralInput>("input");
                if (TextLimits.Check(context, ("input.reason", input.Reason, TextLimits.Text)) is { Count: > 0 } tooLong)
                {
                    return Payload<Referral>.Refused(tooLong);
                }

                return await ReferralCommand.RunAsync(context, input.ReferralId, r => r.Status == ReferralStatus.Cancelled,
                    (r, actor, now) => r.Cancel(actor, input.Reason ?? "", now));
            });
    }
}
