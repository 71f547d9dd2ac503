using GraphQL.Types;
using Partners.Api.GraphQL;
using Partners.Api.Localization;
using Partners.Domain.Complaints;

namespace Partners.Api.Complaints;

public sealed class EngagementType : ObjectGraphType<Engagement>
{
    public EngagementType()
    {
        Name = "Engagement";
        Description = "An engagement open to complaint (engagement, décret du 12 janvier 2012, art. 13 11° et art. 14 8°): reference data, so a change of the law is a change of data.";
        this.Member(e => e.Code).Description("The stable code, e.g. OFFICE_13_1 or OPERATOR_14_4; `fileComplaint` takes it.");
        this.Member(e => e.Article).Description("The article and item of the decree, e.g. `13 1°`.");
        Field<NonNullGraphType<EngagementPartyType>>("party").Description("The party the engagement binds.")
            .Resolve(context => context.Source.Party);
        Field<NonNullGraphType<StringGraphType>>("wording")
            .Description("The engagement as the decree words it, in the caller's language (French by default, English on Accept-Language: en).")
            .Resolve(context => context.Partners().Language == Language.English ? context.Source.WordingEn : context.Source.WordingFr);
    }
}
