using GraphQL.Types;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Localization;
using Partners.Domain.Offers;

namespace Partners.Api.Offers;

public sealed class TargetGroupNode : NodeGraphType<TargetGroup>
{
    public const string TypeName = "TargetGroup";

    public TargetGroupNode()
        : base(TypeName, "A target group (public cible) an offer may be restricted to (décret du 12 janvier 2012, art. 11 5° a): reference data.", g => g.Id)
    {
        this.Member(g => g.Code).Description("The stable code, e.g. YOUTH_UNDER_25; a job seeker's pathway lists these codes.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The group's name in the caller's language (French by default).")
            .Resolve(context => context.Partners().Language == Language.English ? context.Source.NameEn : context.Source.NameFr);
        Field<NonNullGraphType<Boundaries.DataCategoryType>>("category")
            .Description("The category of the fact that puts a person in the group: a person's SOCIAL or HEALTH group is shown only to who may read that category (domain.md, \"No leak through another category\").")
            .Resolve(context => context.Source.Category);
    }
}
