using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.Boundaries;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.Identity;
using Partners.Domain.Boundaries;
using Partners.Domain.Common;
using Partners.Domain.JobSeekers;
using Partners.Domain.Organisations;
using Partners.Domain.Rectification;

namespace Partners.Api.JobSeekers;

public sealed record UpdateSocialFollowUpInput(
    string JobSeekerId, bool? FollowedByCpas, bool? ReceivesIntegrationIncome, bool? ReceivesSocialAid, bool? EmployedUnderArticle60, string? Reason);

public sealed class UpdateSocialFollowUpInputType : InputObjectGraphType<UpdateSocialFollowUpInput>
{
    public UpdateSocialFollowUpInputType()
    {
        Name = "UpdateSocialFollowUpInput";
        Description = "The SOCIAL follow-up written by the person's own CPAS (loi organique des CPAS du 8 juillet 1976, art. 36); an omitted field stays as it is.";
        Field<NonNullGraphType<IdGraphType>>("jobSeekerId").Description("The person, a beneficiary of the calling CPAS.");
        Field<BooleanGraphType>("followedByCpas").Description("Followed by the CPAS (suivi CPAS).");
        Field<BooleanGraphType>("receivesIntegrationIncome").Description("Receives the integration income (revenu d'intégration); the INTEGRATION_INCOME target group follows it.");
        Field<BooleanGraphType>("receivesSocialAid").Description("Receives social aid (aide sociale); the SOCIAL_AID target group follows it.");
        Field<BooleanGraphType>("employedUnderArticle60").Description("Employed under article 60 §7; the ARTICLE_60 target group follows it.");
        Field<StringGraphType>("reason").Description(CategoryWrites.ReasonDescription).MaxLength(IdentityRectification.MaxReasonLength);
    }
}

public sealed record RecordHealthStatusInput(
    string JobSeekerId, DateOnly? SpecificPathwayStartsOn, DateOnly? SpecificPathwayEndsOn, DateOnly? NonMobilisableFrom,
    DateOnly? NonMobilisableUntil, DateOnly? ReviewedOn, string? IcfSummary, string? Reason);

public sealed class RecordHealthStatusInputType : InputObjectGraphType<RecordHealthStatusInput>
{
    public RecordHealthStatusInputType()
    {
        Name = "RecordHealthStatusInput";
        Description = "The HEALTH facts the Office's social service establishes (réforme du Forem, seed 003); an omitted pair stays as it is.";
        Field<NonNullGraphType<IdGraphType>>("jobSeekerId").Description("The person.");
        Field<DateScalar>("specificPathwayStartsOn").Description("Start of the specific pathway (trajet spécifique).");
        Field<DateScalar>("specificPathwayEndsOn").Description("End of the specific pathway: at most 39 months after its start.");
        Field<DateScalar>("nonMobilisableFrom").Description("Start of the non-mobilisable period (renewal: a new period).");
        Field<DateScalar>("nonMobilisableUntil").Description("End of the non-mobilisable period: at most 24 months after its start.");
        Field<DateScalar>("reviewedOn").Description("The review of the non-mobilisable status: required with a period, at most a year old, not in the future.");
        Field<StringGraphType>("icfSummary").Description("Summary in the terms of the ICF (CIF).").MaxLength(JobSeekerHealth.IcfSummaryMaxLength);
        Field<StringGraphType>("reason").Description(CategoryWrites.ReasonDescription).MaxLength(IdentityRectification.MaxReasonLength);
    }
}

/// <summary>
/// The holders write their category: the person's own CPAS its SOCIAL follow-up (<c>updateSocialFollowUp</c>), the
/// Office's social service the HEALTH facts (<c>recordHealthStatus</c>). Another organisation that reaches the person
/// is refused (FORBIDDEN on the field); one that does not reach it finds nothing (NOT_FOUND).
/// </summary>
public sealed class CategoryWriteMutations : IMutationFields
{
    public void AddTo(MutationType mutation)
    {
        mutation.Mutation<UpdateSocialFollowUpInputType, JobSeekerPayloadType>("updateSocialFollowUp", "The person's own CPAS writes the SOCIAL follow-up of its beneficiary (loi organique des CPAS, art. 36).")
            .Authorize(AccessRule.Scope(Scopes.JobSeekerSocial).ForKinds(OrganisationKind.Cpas))
            .Runs<UpdateSocialFollowUpInput, JobSeeker>(scope => WriteAsync(scope, scope.Input.JobSeekerId, DataCategory.Social, scope.Input.Reason, j =>
            {
                var input = scope.Input;
                j.UpdateSocial(input.FollowedByCpas, input.ReceivesIntegrationIncome, input.ReceivesSocialAid, input.EmployedUnderArticle60);
                return Change<JobSeeker>.Ok(j);
            }));

        mutation.Mutation<RecordHealthStatusInputType, JobSeekerPayloadType>("recordHealthStatus", "The Office's social service records the HEALTH facts (réforme du Forem): specific pathway (≤ 39 months), non-mobilisable status (≤ 24 months, reviewed at least yearly), ICF summary.")
            .Authorize(AccessRule.Scope(Scopes.JobSeekerHealth).ForKinds(OrganisationKind.Office).ForRoles(StaffRoles.SocialService))
            .Runs<RecordHealthStatusInput, JobSeeker>(scope => WriteAsync(scope, scope.Input.JobSeekerId, DataCategory.Health, scope.Input.Reason, j =>
            {
                var input = scope.Input;
                var recorded = j.Health.Record(input.SpecificPathwayStartsOn, input.SpecificPathwayEndsOn, input.NonMobilisableFrom, input.NonMobilisableUntil,
                    input.ReviewedOn, input.IcfSummary, scope.Today);
                return recorded.IsSuccess ? Change<JobSeeker>.Ok(j) : Change<JobSeeker>.Refused(recorded.Errors);
            }));
    }

    /// <summary>
    /// Finds the person among those the caller reaches (an anonymised person is not found: her data are erased for
    /// good) and applies the change only if the caller holds <paramref name="category"/>'s secret for them.
    /// </summary>
    /// <summary>
    /// The holder's write: found among the people the caller reaches, refused unless the caller holds the category's
    /// secret; each field it changes is kept as a correction (<c>dataCorrections</c>) with the reason given, or the
    /// mutation's name when none is.
    /// </summary>
    private static async Task<Change<JobSeeker>> WriteAsync<TInput>(
        MutationScope<TInput> scope, string jobSeekerId, DataCategory category, string? reason, Func<JobSeeker, Change<JobSeeker>> apply)
    {
        var jobSeeker = await scope.FindAsync(scope.Service<BoundaryRule>().ReachableBy(scope.Db.JobSeekers.Where(j => j.AnonymisedAt == null), scope.Caller), jobSeekerId, JobSeekerNode.TypeName);
        if (jobSeeker is null)
        {
            return Change<JobSeeker>.NotFound("input.jobSeekerId");
        }

        if (!BoundaryRule.SecretsHeldBy(scope.Caller, jobSeeker).Contains(category))
        {
            return new DomainError(ErrorCodes.Forbidden, JobSeekerMessageKeys.NotHolder, "input.jobSeekerId");
        }

        var before = CategoryRectification.Values(jobSeeker, category);
        var change = apply(jobSeeker);
        if (change.Value is not null)
        {
            var why = string.IsNullOrWhiteSpace(reason) ? scope.Context.FieldDefinition.Name : reason.Trim();
            scope.Db.DataCorrections.AddRange(CategoryRectification.Changes(jobSeeker, category, before, why, scope.Actor, scope.Now));
        }

        return change;
    }
}

/// <summary>What the holders' writes share.</summary>
internal static class CategoryWrites
{
    public const string ReasonDescription = "Why (the person's request, a document seen…), kept with each changed field in the corrections history (rectification, RGPD art. 16); the mutation's name when omitted.";
}
