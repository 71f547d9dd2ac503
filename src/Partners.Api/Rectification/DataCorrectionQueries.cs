using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.Boundaries;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Api.JobSeekers;
using Partners.Api.Organisations;
using Partners.Data;
using Partners.Domain.Organisations;
using Partners.Domain.Rectification;

namespace Partners.Api.Rectification;

/// <summary>The history of corrections of a person's data, for the Office's data protection officer.</summary>
public sealed class DataCorrectionQueries : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<ConnectionType<DataCorrectionType, DataCorrection>>>("dataCorrections")
            .Description("Every correction of a person's data (rectification, RGPD art. 16), newest first: field, before, after, who, when, why (Office data protection officer, scope audit:read).")
            .Arguments(Paging.Arguments(
                new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "jobSeekerId", Description = "The person." },
                new QueryArgument<DataCorrectionFilterType> { Name = "where", Description = "Filters." }))
            .Authorize(AccessRule.Scope(Scopes.AuditRead).ForKinds(OrganisationKind.Office).ForRoles(StaffRoles.DataProtectionOfficer))
            .ResolveAsync(async context =>
            {
                var key = GlobalId.KeyOf(context.GetArgument<string>("jobSeekerId"), JobSeekerNode.TypeName) ?? -1;
                return await Filters.Apply(context.Service<PartnersDbContext>().DataCorrections.AsNoTracking().Where(c => c.JobSeekerId == key), context)
                    .OrderByDescending(c => c.At).ThenByDescending(c => c.Id)
                    .ToConnectionAsync(context);
            });

    /// <summary>The corrections' <c>where</c> (DataCorrectionFilter).</summary>
    private static readonly Filtering<DataCorrection, DataCorrectionFilter> Filters = new Filtering<DataCorrection, DataCorrectionFilter>()
        .Is(f => f.Category, c => c.Category)
        .AnyOf(f => f.CategoryIn, c => c.Category)
        .Within(f => f.At, c => c.At);
}

public sealed class DataCorrectionType : ObjectGraphType<DataCorrection>
{
    public DataCorrectionType()
    {
        Name = "DataCorrection";
        Description = "One corrected field of a person's data (rectification): before, after, who, when, why.";
        Field<NonNullGraphType<DataCategoryType>>("category").Description("The category corrected.").Resolve(c => c.Source.Category);
        this.Member(c => c.Field).Description("The field, by its API name.");
        this.Member(c => c.Before, nullable: true).Description("The value before.");
        this.Member(c => c.After, nullable: true).Description("The value after.");
        this.Member(c => c.At).Description("When.");
        Field<NonNullGraphType<OrganisationNode>>("organisation").Description("The organisation that corrected.").Resolve(c => c.LoadOrganisation(c.Source.OrganisationId));
        this.Member(c => c.ClientId).Description("The client that corrected.");
        this.Member(c => c.UserId, nullable: true).Description("The person who corrected, when one signed in.");
        this.Member(c => c.Reason).Description("Why.");
    }
}
