using GraphQL;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Errors;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Api.JobSeekers;
using Partners.Api.Offers;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Organisations;
using Partners.Domain.Referrals;

namespace Partners.Api.Referrals;

/// <summary>
/// The Office's referent counsellor refers a job seeker to an offer (art. 13 5°) after the eligibility check of
/// <see cref="ReferralEligibility"/>. Referring the same person to the same offer while a referral is open answers
/// that referral: a retry never duplicates.
/// </summary>
public sealed class ReferJobSeekerMutation : IMutationFields
{
    public void AddTo(MutationType mutation) =>
        mutation.Mutation<ReferJobSeekerInputType, ReferralPayloadType>("referJobSeeker", "Refers a job seeker to a published offer (SENT); the Office only.")
            .Authorize(AccessRule.Scope(Scopes.ReferralsWrite).ForKinds(OrganisationKind.Office).ForRoles(StaffRoles.Counsellor))
            .Runs<ReferJobSeekerInput, Referral>(ReferAsync);

    private static async Task<Change<Referral>> ReferAsync(MutationScope<ReferJobSeekerInput> scope)
    {
        var (db, input, ct) = (scope.Db, scope.Input, scope.CancellationToken);
        var jobSeeker = await scope.FindAsync(db.JobSeekers.AsNoTracking(), input.JobSeekerId, JobSeekerNode.TypeName);
        if (jobSeeker is null)
        {
            return Change<Referral>.NotFound("input.jobSeekerId");
        }

        if (!jobSeeker.PlansObjective(input.ProfessionalObjective))
        {
            return DomainError.Invalid("input.professionalObjective", ReferralMessageKeys.ObjectiveNotInPlan);
        }

        var offer = await scope.FindAsync(db.Offers.AsNoTracking().Include(o => o.TargetGroups), input.OfferId, OfferNode.TypeName);
        if (offer is null)
        {
            return Change<Referral>.NotFound("input.offerId");
        }

        // The same person referred to the same offer while a referral is open: that referral is the answer (a retry,
        // or a concurrent twin, never duplicates; the pipeline serialises or re-runs the race).
        var closed = Boundaries.BoundaryRule.ClosedStatuses;
        var open = await db.Referrals.FirstOrDefaultAsync(r => r.JobSeekerId == jobSeeker.Id && r.OfferId == offer.Id && !closed.Contains(r.Status), ct);
        if (open is not null)
        {
            return Change<Referral>.Ok(open);
        }

        var contract = offer.ContractId is { } contractId ? await db.CooperationContracts.AsNoTracking().FirstAsync(c => c.Id == contractId, ct) : null;
        var kind = await db.Organisations.Where(o => o.Id == offer.OperatorOrganisationId).Select(o => o.Kind).FirstAsync(ct);
        var plans = kind == OrganisationKind.ReconversionUnit
            ? await db.ReconversionPlans.AsNoTracking().Where(p => p.ReconversionUnitOrganisationId == offer.OperatorOrganisationId).ToListAsync(ct)
            : [];
        var verdict = scope.Service<ReferralEligibility>().Check(new ReferralEligibilityRequest(offer, contract, kind, jobSeeker, plans));
        if (!verdict.IsSuccess)
        {
            return Change<Referral>.Refused(verdict.Errors);
        }

        var created = Referral.Create(verdict.Value!, input.ProfessionalObjective, input.Note, scope.Caller.ReferralActor, scope.Now, scope.Service<ReferralOptions>());
        if (created.Value is { } referral)
        {
            db.Referrals.Add(referral);
        }

        return Change<Referral>.Of(created, r => ReferralEvents.Changed(r, scope.Now));
    }
}
