using GraphQL.Types;
using Partners.Api.Boundaries;
using Partners.Api.Consents;
using Partners.Api.Contracts;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Api.JobSeekers;
using Partners.Api.Localization;
using Partners.Api.Organisations;
using Partners.Api.Referrals;
using Partners.Domain.Boundaries;

namespace Partners.Api.AccessReports;

public sealed class AccessReportType : ObjectGraphType<AccessReport>
{
    public AccessReportType()
    {
        Name = "AccessReport";
        Description = "A person's access report (rapport d'accès, RGPD art. 15), in the request's language.";
        Field<NonNullGraphType<IdGraphType>>("jobSeekerId").Description("The person.").Resolve(c => GlobalId.Encode(JobSeekerNode.TypeName, c.Source.JobSeekerId));
        this.Member(r => r.GeneratedAt).Description("When the report was made.");
        Field<NonNullGraphType<ConnectionType<AccessReportLineType, AccessReportLine>>>("reads")
            .Description("Per organisation, category, purpose and basis: first and last read and how many reads (from the access log); by first read, then organisation, category, basis, basis reference, referral and purpose. Paged only (no `where` or `order`). The PDF holds them all.")
            .Arguments(Paging.Arguments())
            .Resolve(c => c.Source.Lines.Paged(c, q => q.OrderBy(l => l.FirstReadAt).ThenBy(l => l.OrganisationId).ThenBy(l => (int)l.Category)
                .ThenBy(l => (int)l.Basis).ThenBy(l => l.BasisReference).ThenBy(l => l.ReferralId).ThenBy(l => l.Purpose)));
        Field<NonNullGraphType<ConnectionType<ConsentNode, Consent>>>("consents")
            .Description("The person's consents (autorisation d'échange d'informations, GDPR art. 7), active and past, newest first: by grant, then id. Paged only (no `where` or `order`).")
            .Arguments(Paging.Arguments())
            .Resolve(c => c.Source.Consents.Paged(c, q => q.OrderByDescending(x => x.GrantedAt).ThenByDescending(x => x.Id)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccessReportHoldingType>>>>("dataHeld").Description("The data held, per category.")
            .Resolve(c => c.Source.Holdings);
        Field<NonNullGraphType<StringGraphType>>("pdf")
            .Description("The report as a PDF document to hand over (base64): the platform's header, the date, the same content, in the request's language.")
            .Resolve(c => Convert.ToBase64String(AccessReportPdf.Render(c.Source, Text(c))));
    }

    internal static AccessReportText Text(global::GraphQL.IResolveFieldContext context) => new(context.Service<Messages>(), context.Partners().Language);
}

public sealed class AccessReportLineType : ObjectGraphType<AccessReportLine>
{
    public AccessReportLineType()
    {
        Name = "AccessReportLine";
        Description = "What one organisation read of one category, for one purpose, on one legal basis.";
        Field<NonNullGraphType<OrganisationNode>>("organisation").Description("The organisation that read.").Resolve(c => c.LoadOrganisation(c.Source.OrganisationId));
        Field<NonNullGraphType<DataCategoryType>>("category").Description("The category read.").Resolve(c => c.Source.Category);
        Field<NonNullGraphType<StringGraphType>>("purpose").Description("The purpose (finalité), in words.").Resolve(c => AccessReportType.Text(c).Purpose(c.Source));
        Field<IdGraphType>("referral").Description("For an operator: the referral the reads served.")
            .Resolve(c => c.Source.ReferralId is { } referral ? GlobalId.Encode(ReferralNode.TypeName, referral) : null);
        Field<NonNullGraphType<LegalBasisType>>("basis").Description("The legal basis.").Resolve(c => c.Source.Basis);
        Field<NonNullGraphType<StringGraphType>>("basisText").Description("The legal basis, in words.").Resolve(c => AccessReportType.Text(c).Basis(c.Source));
        Field<IdGraphType>("basisReference").Description("The cooperation contract or the consent the reads rested on.")
            .Resolve(c => c.Source.BasisReference is not { } reference ? null
                : GlobalId.Encode(c.Source.Basis == LegalBasis.Consent ? ConsentNode.TypeName : CooperationContractNode.TypeName, reference));
        this.Member(l => l.FirstReadAt).Description("The first read.");
        this.Member(l => l.LastReadAt).Description("The last read.");
        this.Member(l => l.Count).Description("How many reads (one per request).");
    }
}

public sealed class AccessReportHoldingType : ObjectGraphType<AccessReportHolding>
{
    public AccessReportHoldingType()
    {
        Name = "AccessReportHolding";
        Description = "The data held in one category.";
        Field<NonNullGraphType<DataCategoryType>>("category").Description("The category.").Resolve(c => c.Source.Category);
        Field<NonNullGraphType<StringGraphType>>("holder").Description("Who holds the category's secret and answers for its content.")
            .Resolve(c => AccessReportType.Text(c).Holder(c.Source.Category));
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("fields")
            .Description("The kinds of data held, in words; null when the category's secret is not the reader's (ask the holder).")
            .Resolve(c => c.Source.Fields?.Select(f => AccessReportType.Text(c).Get(f)).ToList());
    }
}
