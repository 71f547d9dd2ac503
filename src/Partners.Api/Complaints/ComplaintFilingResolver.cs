using GraphQL;
using Microsoft.EntityFrameworkCore;
using Partners.Api.Commission;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Organisations;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Complaints;
using Partners.Domain.Organisations;

namespace Partners.Api.Complaints;

/// <summary>
/// <c>fileComplaint</c>: resolves the ids (unknown ones are NOT_FOUND), reads the engagement table and the periods,
/// then lets <see cref="ComplaintFiling"/> decide.
/// </summary>
internal static class ComplaintFilingResolver
{
    /// <summary>Configuration section of the acknowledgement and answer periods (<see cref="ComplaintPeriods"/>).</summary>
    public const string PeriodsSection = "Complaints";

    public static async Task<Change<Complaint>> FileAsync(MutationScope<FileComplaintInput> scope)
    {
        var (db, input, ct) = (scope.Db, scope.Input, scope.CancellationToken);
        var jobSeekerId = GlobalId.KeyOf(input.JobSeekerId, "JobSeeker");
        // Only a person the recorder reaches (domain.md, "The boundaries"): filing is no way to learn who exists.
        var reachable = scope.Service<Boundaries.BoundaryRule>().ReachableBy(db.JobSeekers, scope.Caller);
        if (jobSeekerId is null || !await reachable.AnyAsync(j => j.Id == jobSeekerId, ct))
        {
            return Change<Complaint>.NotFound("input.jobSeekerId");
        }

        var respondent = await scope.FindAsync(db.Organisations.AsNoTracking(), input.RespondentOrganisationId, OrganisationNode.TypeName);
        if (respondent is null)
        {
            return Change<Complaint>.NotFound("input.respondentOrganisationId");
        }

        // Recorded by the respondent itself, the Office or the person's own CPAS; about an operator, only one that served
        // the person, a referral of theirs (domain.md, "Complaints"). The Commission records none (ComplaintFiling says so).
        var caller = scope.Caller;
        var personsCpas = await db.JobSeekers.Where(j => j.Id == jobSeekerId).Select(j => j.Social.CpasOrganisationId).FirstAsync(ct);
        if (caller.OrganisationId != respondent.Id && !caller.IsOffice && caller.OrganisationId != personsCpas && caller.OrganisationKind != OrganisationKind.Commission)
        {
            return new DomainError(ErrorCodes.Forbidden, ComplaintMessageKeys.RecorderNotParty, "input.respondentOrganisationId");
        }

        if (respondent.Kind is not (OrganisationKind.Office or OrganisationKind.Commission)
            && !await db.Referrals.AnyAsync(r => r.JobSeekerId == jobSeekerId && r.OperatorOrganisationId == respondent.Id, ct))
        {
            return DomainError.Invalid("input.respondentOrganisationId", ComplaintMessageKeys.NeverServed);
        }

        long? referralId = null;
        if (input.ReferralId is not null)
        {
            referralId = GlobalId.KeyOf(input.ReferralId, "Referral");
            // A referral named must be this person's and one the recorder is party to.
            var named = referralId is null ? null : await Referrals.ReferralVisibility.VisibleTo(db.Referrals, scope.Caller)
                .Where(r => r.Id == referralId && r.JobSeekerId == jobSeekerId).Select(r => new { r.OperatorOrganisationId }).FirstOrDefaultAsync(ct);
            if (named is null)
            {
                return Change<Complaint>.NotFound("input.referralId");
            }

            // About an operator, the referral is one that operator received; a referral to one of the Office's own
            // services (art. 8) is the Office's to answer (art. 13), never an operator's.
            if (respondent.Kind is not (OrganisationKind.Office or OrganisationKind.Commission) && named.OperatorOrganisationId != respondent.Id)
            {
                return DomainError.Invalid("input.referralId", ComplaintMessageKeys.ReferralOfAnotherRespondent);
            }
        }

        var engagements = await db.Engagements.AsNoTracking().ToListAsync(ct);
        var periods = scope.Service<IConfiguration>().GetSection(PeriodsSection).Get<ComplaintPeriods>() ?? ComplaintPeriods.Default;
        var command = new FileComplaint(
            jobSeekerId.Value, respondent.Id, respondent.Kind, input.EngagementCode, input.Description, referralId,
            input.ReceivedOn, input.Region ?? respondent.Region);
        var filed = ComplaintFiling.File(command, engagements, scope.Actor, periods, scope.Now);
        if (filed.Value is { } complaint)
        {
            db.Complaints.Add(complaint);
        }

        return Change<Complaint>.Of(filed, c => CommissionEvents.OfComplaint(c, scope.Now));
    }
}
