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
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<ReferJobSeekerInput>("input");
                if (TextLimits.Check(context, ("input.professionalObjective", input.ProfessionalObjective, 300), ("input.note", input.Note, TextLimits.Text)) is { Count: > 0 } tooLong)
                {
                    return Payload<Referral>.Refused(tooLong);
                }

                return await Idempotency.RunAsync(context, () => ReferAsync(context, input), r => r.Id, id => ReferralCommand.ReloadAsync(context, id));
            });

    private static async Task<Payload<Referral>> ReferAsync(IResolveFieldContext context, ReferJobSeekerInput input)
    {
        var db = context.Service<PartnersDbContext>();
        var ct = context.CancellationToken;
        var jobSeekerId = GlobalId.KeyOf(input.JobSeekerId, JobSeekerNode.TypeName);
        var jobSeeker = jobSeekerId is null ? null : await db.JobSeekers.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobSeekerId, ct);
        if (jobSeeker is null)
        {
            return Payload<Referral>.Refused(DomainError.NotFound("input.jobSeekerId").ToUserError(context));
        }

        if (!jobSeeker.PlansObjective(input.ProfessionalObjective))
        {
            return Payload<Referral>.Refused(DomainError.Invalid("input.professionalObjective", ReferralMessageKeys.ObjectiveNotInPlan).ToUserError(context));
        }

        var offerId = GlobalId.KeyOf(input.OfferId, OfferNode.TypeName);
        var offer = offerId is null ? null : await db.Offers.AsNoTracking().Include(o => o.TargetGroups).FirstOrDefaultAsync(o => o.Id == offerId, ct);
        if (offer is null)
        {
            return Payload<Referral>.Refused(DomainError.NotFound("input.offerId").ToUserError(context));
        }

        var closed = Boundaries.AccessFactsLoader.ClosedStatuses;
        var open = await db.Referrals.FirstOrDefaultAsync(r => r.JobSeekerId == jobSeeker.Id && r.OfferId == offer.Id && !closed.Contains(r.Status), ct);
        if (open is not null)
        {
            return Payload<Referral>.Ok(open);
        }

        var contract = await db.CooperationContracts.AsNoTracking().FirstAsync(c => c.Id == offer.ContractId, ct);
        var kind = await db.Organisations.Where(o => o.Id == offer.OperatorOrganisationId).Select(o => o.Kind).FirstAsync(ct);
        var plans = kind == OrganisationKind.ReconversionUnit
            ? await db.ReconversionPlans.AsNoTracking().Where(p => p.ReconversionUnitOrganisationId == offer.OperatorOrganisationId).ToListAsync(ct)
            : [];
        var verdict = context.Service<ReferralEligibility>().Check(new ReferralEligibilityRequest(offer, contract, kind, jobSeeker, plans));
        if (!verdict.IsSuccess)
        {
            return Payload<Referral>.Refused(verdict.Errors.ToUserErrors(context));
        }

        var now = context.Service<IClock>().UtcNow;
        var created = Referral.Create(verdict.Value!, input.ProfessionalObjective, input.Note, ReferralCommand.ActorOf(context), now, context.Service<ReferralOptions>());
        if (!created.IsSuccess)
        {
            return Payload<Referral>.Refused(created.Errors.ToUserErrors(context));
        }

        db.Referrals.Add(created.Value!);
        return await db.SaveAsync(context, () => ReferralEvents.Changed(created.Value!, now)) is { } conflict
            ? Payload<Referral>.Refused(conflict)
            : Payload<Referral>.Ok(created.Value!);
    }
}
