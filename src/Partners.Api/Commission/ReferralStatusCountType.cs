using GraphQL.Types;
using Partners.Api.GraphQL;
using Partners.Api.Organisations;

namespace Partners.Api.Commission;

public sealed class ReferralStatusCountType : ObjectGraphType<ReferralCount>
{
    public ReferralStatusCountType()
    {
        Name = "ReferralStatusCount";
        Description = "How many referrals (adressages) of the period one operator holds in one state.";
        Field<NonNullGraphType<OrganisationNode>>("operator").Description("The receiving operator.")
            .Resolve(context => context.LoadOrganisation(context.Source.OperatorId));
        Field<NonNullGraphType<Partners.Api.Referrals.ReferralStatusType>>("status").Description("The referrals' state.")
            .Resolve(context => context.Source.Status);
        this.Member(c => c.Count).Description("How many.");
    }
}

public sealed class OperatorCountType : ObjectGraphType<OperatorCount>
{
    public OperatorCountType()
    {
        Name = "OperatorCount";
        Description = "A count for one operator.";
        Field<NonNullGraphType<OrganisationNode>>("operator").Description("The operator.")
            .Resolve(context => context.LoadOrganisation(context.Source.OperatorId));
        this.Member(c => c.Count).Description("How many.");
    }
}
