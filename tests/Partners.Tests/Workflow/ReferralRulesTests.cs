using Partners.Domain.Common;
using Partners.Domain.Referrals;
using static Partners.Tests.Workflow.WorkflowFixtures;

namespace Partners.Tests.Workflow;

/// <summary>The rules of a referral beyond the table: refusal content, history, overdue answers, outsiders.</summary>
public sealed class ReferralRulesTests
{
    [Fact]
    public void Operator_cannot_cancel_a_referral()
    {
        var referral = Referral();

        var cancelled = referral.Cancel(Operator, "plus de place", Now);

        Assert.Equal(ErrorCodes.Forbidden, cancelled.Errors.Single().Code);
        Assert.Equal(ReferralStatus.Sent, referral.Status);
    }

    [Fact]
    public void An_organisation_outside_the_referral_cannot_move_it()
    {
        var acknowledged = Referral().Acknowledge(Outsider, Now);

        Assert.Equal(ErrorCodes.Forbidden, acknowledged.Errors.Single().Code);
        Assert.Equal(ReferralMessageKeys.NotAParty, acknowledged.Errors.Single().MessageKey);
    }

    [Fact]
    public void A_refusal_needs_a_coded_reason_and_a_motivation()
    {
        var referral = Referral(ReferralStatus.Received);

        var refused = referral.RecordCandidacyResult(Operator, CandidacyDecision.Refused, null, "  ", null, Now);

        Assert.Equal(["input.refusalReason", "input.motivation"], refused.Errors.Select(e => e.Field));
        Assert.All(refused.Errors, e => Assert.Equal(ErrorCodes.Validation, e.Code));
        Assert.Equal(ReferralStatus.Received, referral.Status);
        Assert.Null(referral.CandidacyResult);
    }

    [Fact]
    public void A_refusal_with_reason_and_motivation_is_kept_with_the_result()
    {
        var referral = Referral(ReferralStatus.Received);

        var refused = referral.RecordCandidacyResult(Operator, CandidacyDecision.Refused, RefusalReason.PrerequisitesNotMet, "Pas de permis B", "Hors plan", Now);

        Assert.True(refused.IsSuccess);
        Assert.Equal(RefusalReason.PrerequisitesNotMet, referral.CandidacyResult!.RefusalReason);
        Assert.Equal("Pas de permis B", referral.CandidacyResult.Motivation);
    }

    [Fact]
    public void Only_a_refusal_carries_a_reason()
    {
        var accepted = Referral().RecordCandidacyResult(Operator, CandidacyDecision.Accepted, RefusalReason.Other, "ok", null, Now);

        Assert.Equal("input.refusalReason", accepted.Errors.Single().Field);
    }

    [Fact]
    public void Every_change_of_state_writes_who_when_from_to_and_why()
    {
        var referral = Referral(ReferralStatus.Received);

        referral.Cancel(Counsellor, "Le demandeur a trouvé un emploi", Now.AddHours(1));

        Assert.Equal([null, ReferralStatus.Sent, ReferralStatus.Received], referral.History.Select(h => h.From));
        var last = referral.History[^1];
        Assert.Equal((OfficeId, "forem-demo", "counsellor-1"), (last.ActorOrganisationId, last.ActorClientId, last.ActorUserId));
        Assert.Equal((ReferralStatus.Cancelled, "Le demandeur a trouvé un emploi", Now.AddHours(1)), (last.To, last.Reason, last.At));
    }

    [Fact]
    public void A_cancellation_needs_a_reason()
    {
        var cancelled = Referral().Cancel(Counsellor, "", Now);

        Assert.Equal("input.reason", cancelled.Errors.Single().Field);
    }

    [Fact]
    public void The_answer_is_due_fifteen_days_after_the_referral_by_default()
    {
        Assert.Equal(Today.AddDays(15), Referral().AnswerDueOn);
    }

    [Fact]
    public void A_referral_without_result_is_overdue_the_day_after_its_answer_date()
    {
        var sent = Referral();
        var received = Referral(ReferralStatus.Received);

        Assert.False(sent.Overdue(sent.AnswerDueOn));
        Assert.True(sent.Overdue(sent.AnswerDueOn.AddDays(1)));
        Assert.True(received.Overdue(received.AnswerDueOn.AddDays(1)));
    }

    [Theory]
    [InlineData(ReferralStatus.Accepted)]
    [InlineData(ReferralStatus.Refused)]
    [InlineData(ReferralStatus.Waitlisted)]
    [InlineData(ReferralStatus.Cancelled)]
    public void A_referral_with_a_result_or_cancelled_is_never_overdue(ReferralStatus status)
    {
        var referral = Referral(status);

        Assert.False(referral.Overdue(referral.AnswerDueOn.AddDays(30)));
    }

    [Fact]
    public void Service_events_are_reported_by_the_operator_while_the_service_runs()
    {
        var running = Referral(ReferralStatus.InProgress);
        var accepted = Referral(ReferralStatus.Accepted);

        var reported = running.ReportEvent(Operator, Today, ServiceEventKind.Absence, "Absent deux jours", "Horaire adapté", Now);

        Assert.True(reported.IsSuccess);
        Assert.Equal("isp-demo", running.Events.Single().ReportedBy);
        Assert.Equal(ErrorCodes.InvalidTransition, accepted.ReportEvent(Operator, Today, ServiceEventKind.Other, "x", null, Now).Errors.Single().Code);
        Assert.Equal(ErrorCodes.Forbidden, running.ReportEvent(Counsellor, Today, ServiceEventKind.Other, "x", null, Now).Errors.Single().Code);
    }

    [Fact]
    public void Completing_a_service_needs_an_evaluation_summary()
    {
        var referral = Referral(ReferralStatus.InProgress);
        var empty = new ServiceEvaluation { Attainment = ObjectiveAttainment.NotReached, Summary = " ", AgreedWithJobSeeker = false };

        var completed = referral.Complete(Operator, ServiceOutcome.Completed, null, empty, Now);

        Assert.Equal("input.evaluation.summary", completed.Errors.Single().Field);
        Assert.Equal(ReferralStatus.InProgress, referral.Status);
    }
}
