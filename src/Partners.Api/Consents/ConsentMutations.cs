using GraphQL;
using Microsoft.EntityFrameworkCore;
using Partners.Api.Boundaries;
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
/// Consents are recorded and withdrawn by the holder of the secret of each category they name (domain.md, "Consent"):
/// the Office for IDENTITY and PATHWAY, the person's own CPAS for SOCIAL, the Office's social service for HEALTH
/// (scope consents:write). The recipient is never the Commission nor the holder itself.
/// </summary>
public sealed class ConsentMutations : IMutationFields
{
    private static readonly AccessRule Rule = AccessRule.Scope(Scopes.ConsentsWrite).ForKinds(OrganisationKind.Office, OrganisationKind.Cpas);

    public void AddTo(MutationType mutation)
    {
        mutation.Mutation<GrantConsentInputType, ConsentPayloadType>("grantConsent", "Records a job seeker's consent (autorisation d'échange d'informations), by the holder of each category it names.")
            .Authorize(Rule)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<GrantConsentInput>("input");
                var caller = context.Caller();
                var db = context.Service<PartnersDbContext>();
                var jobSeekerId = GlobalId.KeyOf(input.JobSeekerId, JobSeekerNode.TypeName);
                var jobSeeker = jobSeekerId is null ? null
                    : await context.Service<BoundaryRule>().ReachableBy(db.JobSeekers.AsNoTracking(), caller).FirstOrDefaultAsync(j => j.Id == jobSeekerId, context.CancellationToken);
                if (jobSeeker is null)
                {
                    return Payload<Consent>.Refused(DomainError.NotFound("input.jobSeekerId").ToUserError(context));
                }

                var recipientId = GlobalId.KeyOf(input.RecipientOrganisationId, OrganisationNode.TypeName);
                var recipient = recipientId is null ? null : await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == recipientId, context.CancellationToken);
                if (recipient is null)
                {
                    return Payload<Consent>.Refused(new DomainError(ErrorCodes.NotFound, ConsentMessageKeys.RecipientUnknown, "input.recipientOrganisationId").ToUserError(context));
                }

                var granted = Consent.Grant(jobSeeker.Id, recipient.Id, input.Categories, input.Purpose, input.EvidenceReference, input.ExpiresOn,
                    new NetworkActor(caller.OrganisationId, caller.OrganisationKind, caller.ClientId, caller.UserId), context.Service<IClock>().UtcNow,
                    BoundaryRule.SecretsHeldBy(caller, jobSeeker), recipient.Kind, BoundaryRule.SecretsHeldBy(recipient, jobSeeker));
                if (!granted.IsSuccess)
                {
                    return Payload<Consent>.Refused(granted.Errors.ToUserErrors(context));
                }

                db.Consents.Add(granted.Value!);
                return await db.SaveAsync(context) is { } conflict ? Payload<Consent>.Refused(conflict) : Payload<Consent>.Ok(granted.Value!);
            });

        mutation.Mutation<WithdrawConsentInputType, ConsentPayloadType>("withdrawConsent", "Withdraws a consent, by a holder of one of its categories; effective on the very next request.")
            .Authorize(Rule)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<WithdrawConsentInput>("input");
                var caller = context.Caller();
                var db = context.Service<PartnersDbContext>();
                var consentId = GlobalId.KeyOf(input.ConsentId, ConsentNode.TypeName);
                var consent = consentId is null ? null : await db.Consents.FirstOrDefaultAsync(c => c.Id == consentId, context.CancellationToken);
                var jobSeeker = consent is null ? null : await db.JobSeekers.AsNoTracking().FirstOrDefaultAsync(j => j.Id == consent.JobSeekerId, context.CancellationToken);
                if (consent is null || jobSeeker is null || !ConsentLoader.Sees(caller, jobSeeker, consent))
                {
                    return Payload<Consent>.Refused(DomainError.NotFound("input.consentId").ToUserError(context));
                }

                if (!consent.Categories.Any(BoundaryRule.SecretsHeldBy(caller, jobSeeker).Contains))
                {
                    return Payload<Consent>.Refused(DomainError.Invalid("input.consentId", ConsentMessageKeys.WithdrawerNotHolder).ToUserError(context));
                }

                consent.Withdraw(context.Service<IClock>().UtcNow);
                return await db.SaveAsync(context) is { } conflict ? Payload<Consent>.Refused(conflict) : Payload<Consent>.Ok(consent);
            });
    }
}
