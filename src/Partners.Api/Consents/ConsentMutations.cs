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
            .Runs<GrantConsentInput, Consent>(async scope =>
            {
                var (input, caller, db) = (scope.Input, scope.Caller, scope.Db);
                var jobSeeker = await scope.FindAsync(scope.Service<BoundaryRule>().ReachableBy(db.JobSeekers.AsNoTracking(), caller), input.JobSeekerId, JobSeekerNode.TypeName);
                if (jobSeeker is null)
                {
                    return Change<Consent>.NotFound("input.jobSeekerId");
                }

                var recipient = await scope.FindAsync(db.Organisations.AsNoTracking(), input.RecipientOrganisationId, OrganisationNode.TypeName);
                if (recipient is null)
                {
                    return new DomainError(ErrorCodes.NotFound, ConsentMessageKeys.RecipientUnknown, "input.recipientOrganisationId");
                }

                var granted = Consent.Grant(jobSeeker.Id, recipient.Id, input.Categories, input.Purpose, input.EvidenceReference, input.ExpiresOn,
                    scope.Actor, scope.Now, BoundaryRule.SecretsHeldBy(caller, jobSeeker), recipient.Kind, BoundaryRule.SecretsHeldBy(recipient, jobSeeker));
                if (granted.Value is { } consent)
                {
                    db.Consents.Add(consent);
                }

                return Change<Consent>.Of(granted);
            });

        mutation.Mutation<WithdrawConsentInputType, ConsentPayloadType>("withdrawConsent", "Withdraws a consent, by a holder of one of its categories; effective on the very next request.")
            .Authorize(Rule)
            .Runs<WithdrawConsentInput, Consent>(async scope =>
            {
                var (caller, db) = (scope.Caller, scope.Db);
                var consent = await scope.FindAsync(db.Consents, scope.Input.ConsentId, ConsentNode.TypeName);
                var jobSeeker = consent is null ? null : await db.JobSeekers.AsNoTracking().FirstOrDefaultAsync(j => j.Id == consent.JobSeekerId, scope.CancellationToken);
                if (consent is null || jobSeeker is null || !ConsentLoader.Sees(caller, jobSeeker, consent))
                {
                    return Change<Consent>.NotFound("input.consentId");
                }

                return consent.Categories.Any(BoundaryRule.SecretsHeldBy(caller, jobSeeker).Contains)
                    ? Change<Consent>.Of(consent.Withdraw(scope.Now))
                    : DomainError.Invalid("input.consentId", ConsentMessageKeys.WithdrawerNotHolder);
            });
    }
}
