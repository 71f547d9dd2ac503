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
            .Runs<GrantConsentInput, Consent>(async scope =>
            {
                var (input, caller, db) = (scope.Input, scope.Caller, scope.Db);
                var jobSeeker = await scope.FindAsync(db.JobSeekers.AsNoTracking(), input.JobSeekerId, JobSeekerNode.TypeName);
                if (jobSeeker is null || !MayRecord(caller, jobSeeker.Social.CpasOrganisationId))
                {
                    return Change<Consent>.NotFound("input.jobSeekerId");
                }

                var recipientId = GlobalId.KeyOf(input.RecipientOrganisationId, OrganisationNode.TypeName);
                if (recipientId is null || !await db.Organisations.AnyAsync(o => o.Id == recipientId, scope.CancellationToken))
                {
                    return new DomainError(ErrorCodes.NotFound, ConsentMessageKeys.RecipientUnknown, "input.recipientOrganisationId");
                }

                var granted = Consent.Grant(jobSeeker.Id, recipientId.Value, input.Categories, input.Purpose, input.EvidenceReference, input.ExpiresOn, scope.Actor, scope.Now);
                if (granted.Value is { } consent)
                {
                    db.Consents.Add(consent);
                }

                return Change<Consent>.Of(granted);
            });

        mutation.Mutation<WithdrawConsentInputType, ConsentPayloadType>("withdrawConsent", "Withdraws a consent; effective on the very next request.")
            .Authorize(Rule)
            .Runs<WithdrawConsentInput, Consent>(async scope =>
            {
                var consent = await scope.FindAsync(scope.Db.Consents, scope.Input.ConsentId, ConsentNode.TypeName);
                var cpas = consent is null
                    ? null
                    : await scope.Db.JobSeekers.Where(j => j.Id == consent.JobSeekerId).Select(j => j.Social.CpasOrganisationId).FirstOrDefaultAsync(scope.CancellationToken);
                if (consent is null || !MayRecord(scope.Caller, cpas))
                {
                    return Change<Consent>.NotFound("input.consentId");
                }

                return Change<Consent>.Of(consent.Withdraw(scope.Now));
            });
    }

    /// <summary>The Office for anyone; a CPAS only for its own beneficiaries. Others do not learn the person exists.</summary>
    private static bool MayRecord(Caller caller, long? cpasOfPerson) =>
        caller.IsOffice || (caller.OrganisationKind == OrganisationKind.Cpas && cpasOfPerson == caller.OrganisationId);
}
