using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Errors;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.Identity;
using Partners.Api.Referrals;
using Partners.Api.JobSeekers;
using Partners.Data;
using Partners.Data.Events;
using Partners.Domain.Common;
using Partners.Domain.JobSeekers;
using Partners.Domain.Organisations;
using Partners.Domain.Referrals;

namespace Partners.Api.Accompaniment;

public sealed record AccompanimentEvaluationInput(ObjectiveAttainment Attainment, string Summary);

public sealed class AccompanimentEvaluationInputType : InputObjectGraphType<AccompanimentEvaluationInput>
{
    public AccompanimentEvaluationInputType()
    {
        Name = "AccompanimentEvaluationInput";
        Description = "The Office's evaluation of the objectives at closing (évaluation, décret du 12 janvier 2012, art. 13 9°).";
        Field<NonNullGraphType<ObjectiveAttainmentType>>("attainment").Description("How far the objectives of the action plan were reached.");
        Field<NonNullGraphType<StringGraphType>>("summary").Description("The evaluation in words.").MaxLength(InputLimits.Text);
    }
}

public sealed record CloseAccompanimentInput(string JobSeekerId, DateOnly? ClosedOn, string Reason, AccompanimentEvaluationInput Evaluation);

public sealed class CloseAccompanimentInputType : InputObjectGraphType<CloseAccompanimentInput>
{
    public CloseAccompanimentInputType()
    {
        Name = "CloseAccompanimentInput";
        Description = "The closing of a person's accompaniment by the Office (clôture de l'accompagnement, décret du 12 janvier 2012, art. 13 10°).";
        Field<NonNullGraphType<IdGraphType>>("jobSeekerId").Description("The person.");
        Field<DateScalar>("closedOn").Description("The day of the closing; today when omitted; never in the future.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why the accompaniment closes; also the reason given to the operators whose open referrals, and the person's registrations for sessions to come, are cancelled.").MaxLength(InputLimits.Text);
        Field<NonNullGraphType<AccompanimentEvaluationInputType>>("evaluation").Description("The Office's evaluation of the objectives (art. 13 9°).");
    }
}

/// <summary>
/// The Office closes a person's accompaniment with its evaluation (art. 13 9°–10°): every open referral is cancelled
/// with the reason given (each operator hears of it), and the retention period of the person's data starts from the
/// closing day. Refused while a service runs (its operator ends it first, with its own evaluation).
/// </summary>
public sealed class CloseAccompanimentMutation : IMutationFields
{
    public void AddTo(MutationType mutation) =>
        mutation.Mutation<CloseAccompanimentInputType, JobSeekerPayloadType>("closeAccompaniment", "Closes the person's accompaniment with the Office's evaluation (art. 13 9°–10°); open referrals and the person's registrations for sessions to come are cancelled; the Office only.")
            .Authorize(AccessRule.Scope(Scopes.JobSeekerPathway, Scopes.ReferralsWrite).ForKinds(OrganisationKind.Office).ForRoles(StaffRoles.Counsellor))
            .RunsOnPerson<CloseAccompanimentInput>(i => i.JobSeekerId, CloseAsync);

    private static async Task<Change<JobSeeker>> CloseAsync(MutationScope<CloseAccompanimentInput> scope, JobSeeker jobSeeker)
    {
        var (db, input) = (scope.Db, scope.Input);
        var closed = Boundaries.BoundaryRule.ClosedStatuses;
        var open = await db.Referrals.Where(r => r.JobSeekerId == jobSeeker.Id && !closed.Contains(r.Status))
            .ToListAsync(scope.CancellationToken);
        var closing = jobSeeker.CloseAccompaniment(input.ClosedOn ?? scope.Today, input.Evaluation.Attainment, input.Evaluation.Summary,
            open.Any(r => r.Status == ReferralStatus.InProgress), scope.Today);
        if (!closing.IsSuccess)
        {
            return Change<JobSeeker>.Refused(closing.Errors);
        }

        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            return DomainError.Invalid("input.reason", "required");
        }

        var actor = scope.Caller.ReferralActor;
        foreach (var referral in open)
        {
            var before = referral.Status;
            var cancelled = referral.Cancel(actor, input.Reason.Trim(), scope.Now);
            if (!cancelled.IsSuccess)
            {
                return Change<JobSeeker>.Refused(cancelled.Errors);
            }

            // An accepted candidacy held a seat: cancelling it frees the seat.
            if (ReferralSeats.Changes(before, referral.Status)
                && ReferralSeats.Follow(referral, before, await db.Offers.FirstAsync(o => o.Id == referral.OfferId, scope.CancellationToken)) is { } refused)
            {
                return refused;
            }
        }

        // Her seats at sessions still to come are freed: an accompaniment that ended takes no one to an intake.
        var registrations = await db.SessionRegistrations
            .Where(r => r.JobSeekerId == jobSeeker.Id && r.CancelledAt == null && r.SessionStartsAt > scope.Now)
            .ToListAsync(scope.CancellationToken);
        foreach (var registration in registrations)
        {
            registration.Cancel(scope.Actor, input.Reason.Trim(), scope.Now);
        }

        return Change<JobSeeker>.Ok(jobSeeker, _ => open.SelectMany(r => ReferralEvents.Changed(r, scope.Now)));
    }
}
