using GraphQL;
using GraphQL.Types;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Errors;
using Partners.Api.Identity;
using Partners.Api.Organisations;
using Partners.Domain.Common;
using Partners.Domain.Organisations;

namespace Partners.Api.Commission;

/// <summary><c>commissionDashboard</c>: the Commission's counts, for the Commission only.</summary>
public sealed class CommissionQueries : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<CommissionDashboardType>>("commissionDashboard")
            .Description("The Commission des opérateurs' dashboard for a directorate and a period: counts only, computed by the database.")
            .Argument<RegionType>("region", "The directorate (Direction régionale); omitted for the whole French-language region.")
            .Argument<DateScalar>("from", "The first day of the period, included; omitted for no lower bound.")
            .Argument<DateScalar>("to", "The last day of the period, included; omitted for no upper bound.")
            .Authorize(AccessRule.Scope(Scopes.Commission).ForKinds(OrganisationKind.Commission))
            .Resolve(context =>
            {
                var scope = new DashboardScope(
                    context.GetArgument<Region?>("region"), context.GetArgument<DateOnly?>("from"), context.GetArgument<DateOnly?>("to"));
                return scope.From > scope.To
                    ? throw PartnersError.Execution(context, ErrorCodes.Validation, CommissionMessages.PeriodReversed)
                    : scope;
            });
}
