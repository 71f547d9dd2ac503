using GraphQL;
using Microsoft.EntityFrameworkCore;
using Partners.Api.Commission;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Errors;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Organisations;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Complaints;

namespace Partners.Api.Complaints;

/// <summary>
/// <c>fileComplaint</c>: resolves the ids (unknown ones are NOT_FOUND), reads the engagement table and the periods,
/// then lets <see cref="ComplaintFiling"/> decide.
/// </summary>
internal static class ComplaintFilingResolver
{
    /// <summary>Configuration section of the acknowledgement and answer periods (<see cref="ComplaintPeriods"/>).</summary>
    public const string PeriodsSection = "Complaints";

    public static async Task<Payload<Complaint>> FileAsync(IResolveFieldContext context, FileComplaintInput input)
    {
        var db = context.Service<PartnersDbContext>();
        var ct = context.CancellationToken;
        var jobSeekerId = GlobalId.KeyOf(input.JobSeekerId, "JobSeeker");
        // Only a person the recorder reaches (domain.md, "The boundaries"): filing is no way to learn who exists.
        var reachable = context.Service<Boundaries.Reachability>().ReachableBy(db.JobSeekers, context.Caller());
        if (jobSeekerId is null || !await reachable.AnyAsync(j => j.Id == jobSeekerId, ct))
        {
            return InputErrors.NotFound<Complaint>(context, "jobSeekerId");
        }

        var respondentId = GlobalId.KeyOf(input.RespondentOrganisationId, OrganisationNode.TypeName);
        var respondent = respondentId is null ? null : await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == respondentId, ct);
        if (respondent is null)
        {
            return InputErrors.NotFound<Complaint>(context, "respondentOrganisationId");
        }

        // Recorded by the respondent itself, the Office or the person's own CPAS (domain.md, "Complaints").
        var caller = context.Caller();
        var personsCpas = await db.JobSeekers.Where(j => j.Id == jobSeekerId).Select(j => j.Social.CpasOrganisationId).FirstAsync(ct);
        if (caller.OrganisationId != respondent.Id && !caller.IsOffice && caller.OrganisationId != personsCpas && caller.OrganisationKind != Domain.Organisations.OrganisationKind.Commission)
        {
            return Payload<Complaint>.Refused(new DomainError(ErrorCodes.Forbidden, ComplaintMessageKeys.RecorderNotParty, "input.respondentOrganisationId").ToUserError(context));
        }

        long? referralId = null;
        if (input.ReferralId is not null)
        {
            referralId = GlobalId.KeyOf(input.ReferralId, "Referral");
            // A referral named must be this person's and one the recorder is party to.
            if (referralId is null || !await Partners.Api.Referrals.ReferralVisibility.VisibleTo(db.Referrals, context.Caller()).AnyAsync(r => r.Id == referralId && r.JobSeekerId == jobSeekerId, ct))
            {
                return InputErrors.NotFound<Complaint>(context, "referralId");
            }
        }

        var engagements = await db.Engagements.AsNoTracking().ToListAsync(ct);
        var periods = context.Service<IConfiguration>().GetSection(PeriodsSection).Get<ComplaintPeriods>() ?? ComplaintPeriods.Default;
        var command = new FileComplaint(
            jobSeekerId.Value, respondent.Id, respondent.Kind, input.EngagementCode, input.Description, referralId,
            input.ReceivedOn, input.Region ?? respondent.Region);
        var now = context.Service<IClock>().UtcNow;
        var filed = ComplaintFiling.File(command, engagements, context.Actor(), periods, now);
        if (!filed.IsSuccess)
        {
            return Payload<Complaint>.Refused(filed.Errors.ToInputErrors(context));
        }

        db.Complaints.Add(filed.Value!);
        return await InputErrors.SaveAsync(context, filed.Value!, [], c => CommissionEvents.OfComplaint(c, now));
    }
}
