using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Api.JobSeekers;
using Partners.Api.Localization;
using Partners.Api.Organisations;
using Partners.Data;
using Partners.Domain.Boundaries;
using Partners.Domain.Organisations;

namespace Partners.Api.Boundaries;

/// <summary>"Who looked at my data" (GDPR art. 15), for the Office's data protection officer.</summary>
public sealed class AccessLogQueries : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<ConnectionType<AccessLogEntryType, AccessLogEntry>>>("accessLog")
            .Description("Every logged read of a person's IDENTITY, SOCIAL or HEALTH data, newest first (Office data protection officer, scope audit:read).")
            .Arguments(Paging.Arguments(
                new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "jobSeekerId", Description = "The person." },
                new QueryArgument<AccessLogFilterType> { Name = "where", Description = "Filters." }))
            .Authorize(AccessRule.Scope(Scopes.AuditRead).ForKinds(OrganisationKind.Office).ForRoles(StaffRoles.DataProtectionOfficer))
            .ResolveAsync(async context =>
            {
                var key = GlobalId.KeyOf(context.GetArgument<string>("jobSeekerId"), JobSeekerNode.TypeName) ?? -1;
                return await Filters.Apply(context.Service<PartnersDbContext>().AccessLog.AsNoTracking().Where(e => e.JobSeekerId == key), context)
                    .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
                    .ToConnectionAsync(context);
            });

    /// <summary>The access log's <c>where</c> (AccessLogFilter).</summary>
    private static readonly Filtering<AccessLogEntry, AccessLogFilter> Filters = new Filtering<AccessLogEntry, AccessLogFilter>()
        .IsId(f => f.OrganisationId, OrganisationNode.TypeName, e => e.OrganisationId)
        .AnyOfIds(f => f.OrganisationIdIn, OrganisationNode.TypeName, e => e.OrganisationId)
        .Is(f => f.Category, e => e.Category)
        .AnyOf(f => f.CategoryIn, e => e.Category)
        .Is(f => f.Basis, e => e.Basis)
        .AnyOf(f => f.BasisIn, e => e.Basis)
        .Within(f => f.At, e => e.At);
}

public sealed class AccessLogEntryType : ObjectGraphType<AccessLogEntry>
{
    public AccessLogEntryType()
    {
        Name = "AccessLogEntry";
        Description = "One read of a person's data (journal des accès, GDPR art. 15): when, who, which category, for what purpose, on which legal basis; the operation is a technical detail.";
        this.Member(e => e.At).Description("When.");
        Field<NonNullGraphType<OrganisationNode>>("organisation").Description("The organisation that read.")
            .Resolve(c => c.LoadOrganisation(c.Source.OrganisationId));
        this.Member(e => e.ClientId).Description("The OAuth client that read.");
        this.Member(e => e.UserId, nullable: true).Description("The person, when one signed in.");
        Field<NonNullGraphType<DataCategoryType>>("category").Description("The category read.").Resolve(c => c.Source.Category);
        this.Member(e => e.Operation).Description("Technical detail: the GraphQL operation name given by the client (or the root field read).");
        Field<NonNullGraphType<StringGraphType>>("purpose")
            .Description("The purpose (finalité), in the request's language: the referral the read served, the consent's stated purpose, or the holder's own mission.")
            .Resolve(c => AccessPurposeText.Purpose(c.Service<Messages>(), c.Partners().Language, c.Source.Basis, c.Source.ReferralId, c.Source.Purpose));
        Field<IdGraphType>("referral").Description("For an operator's read: the referral (adressage) it served.")
            .Resolve(c => c.Source.ReferralId is { } referral ? GlobalId.Encode(Referrals.ReferralNode.TypeName, referral) : null);
        Field<NonNullGraphType<LegalBasisType>>("basis").Description("The legal basis of the read.").Resolve(c => c.Source.Basis);
        Field<IdGraphType>("basisReference").Description("The cooperation contract or the consent the read rested on.")
            .Resolve(c => c.Source.BasisReference is not { } reference ? null
                : GlobalId.Encode(c.Source.Basis == LegalBasis.Consent ? Consents.ConsentNode.TypeName : Contracts.CooperationContractNode.TypeName, reference));
    }
}
