using GraphQL;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Errors;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Api.JobSeekers;
using Partners.Api.Organisations;
using Partners.Data;
using Partners.Domain.Boundaries;
using Partners.Domain.Common;
using Partners.Domain.Organisations;

namespace Partners.Api.Consents;

/// <summary>
/// Consents are recorded and withdrawn by the Office or by the person's own CPAS (scope consents:write); a consent
/// opens categories to its recipient only within what the recipient's scopes allow.
/// </summary>
public sealed class ConsentMutations : IMutationFields
{
    private static readonly AccessRule Rule = AccessRule.Scope(Scopes.ConsentsWrite).ForKinds(OrganisationKind.Office, OrganisationKind.Cpas);

    public void AddTo(MutationType mutation)
    {
        mutation.Mutation<GrantConsentInputType, ConsentPayloadType>("grantConsent", "Records a job seeker's consent (Office or the person's CPAS).")
            .Authorize(Rule)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<GrantConsentInput>("input");
                var caller = context.Caller();
                var db = context.Service<PartnersDbContext>();
                var jobSeekerId = GlobalId.KeyOf(input.JobSeekerId, JobSeekerNode.TypeName);
                var jobSeeker = jobSeekerId is null ? null : await db.JobSeekers.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobSeekerId, context.CancellationToken);
                if (jobSeeker is null || !MayRecord(caller, jobSeeker.Social.CpasOrganisationId))
                {
                    return Payload<Consent>.Refused(DomainError.NotFound("input.jobSeekerId").ToUserError(context));
                }

                var recipientId = GlobalId.KeyOf(input.RecipientOrganisationId, OrganisationNode.TypeName);
                if (recipientId is null || !await db.Organisations.AnyAsync(o => o.Id == recipientId, context.CancellationToken))
                {
                    return Payload<Consent>.Refused(new DomainError(ErrorCodes.NotFound, ConsentMessageKeys.RecipientUnknown, "input.recipientOrganisationId").ToUserError(context));
                }

                var granted = Consent.Grant(jobSeeker.Id, recipientId.Value, input.Categories, input.Purpose, input.EvidenceReference, input.ExpiresOn,
                    new NetworkActor(caller.OrganisationId, caller.OrganisationKind, caller.ClientId, caller.UserId), context.Service<IClock>().UtcNow);
                if (!granted.IsSuccess)
                {
                    return Payload<Consent>.Refused(granted.Errors.ToUserErrors(context));
                }

                db.Consents.Add(granted.Value!);
                return await db.SaveAsync(context) is { } conflict ? Payload<Consent>.Refused(conflict) : Payload<Consent>.Ok(granted.Value!);
            });

        mutation.Mutation<WithdrawConsentInputType, ConsentPayloadType>("withdrawConsent", "Withdraws a consent; effective on the very next request.")
            .Authorize(Rule)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<WithdrawConsentInput>("input");
                var caller = context.Caller();
                var db = context.Service<PartnersDbContext>();
                var consentId = GlobalId.KeyOf(input.ConsentId, ConsentNode.TypeName);
                var consent = consentId is null ? null : await db.Consents.FirstOrDefaultAsync(c => c.Id == consentId, context.CancellationToken);
                var cpas = consent is null ? null : await db.JobSeekers.Where(j => j.Id == consent.JobSeekerId).Select(j => j.Social.CpasOrganisationId).FirstOrDefaultAsync(context.CancellationToken);
                if (consent is null || !MayRecord(caller, cpas))
                {
                    return Payload<Consent>.Refused(DomainError.NotFound("input.consentId").ToUserError(context));
                }

                consent.Withdraw(context.Service<IClock>().UtcNow);
                return await db.SaveAsync(context) is { } conflict ? Payload<Consent>.Refused(conflict) : Payload<Consent>.Ok(consent);
            });
    }

    /// <summary>The Office for anyone; a CPAS only for its own beneficiaries. Others do not learn the person exists.</summary>
    private static bool MayRecord(Caller caller, long? cpasOfPerson) =>
        caller.IsOffice || (caller.OrganisationKind == OrganisationKind.Cpas && cpasOfPerson == caller.OrganisationId);
}
