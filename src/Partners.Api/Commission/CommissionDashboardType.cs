using GraphQL;
using GraphQL.Types;
using Partners.Api.GraphQL;
using Partners.Api.Organisations;
using Partners.Data;
using Partners.Domain.Common;

namespace Partners.Api.Commission;

/// <summary>
/// The Commission's figures for a directorate and a period. Each list is one grouped statement, run only when
/// selected; organisations and engagements come through the request's batch loaders.
/// </summary>
public sealed class CommissionDashboardType : ObjectGraphType<DashboardScope>
{
    public CommissionDashboardType()
    {
        Name = "CommissionDashboard";
        Description = "The Commission des opérateurs' dashboard (décret du 12 janvier 2012, art. 16): counts for a directorate and a period, each counting what was created in the period, never a person.";
        Field<RegionType>("region").Description("The directorate counted; null for the whole French-language region.")
            .Resolve(context => context.Source.Region);
        Field<DateScalar>("from").Description("The first day of the period, if bounded.").Resolve(context => context.Source.From);
        Field<DateScalar>("to").Description("The last day of the period, if bounded.").Resolve(context => context.Source.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferralStatusCountType>>>>("referralsByStatusAndOperator")
            .Description("Referrals made in the period to offers of the directorate, by receiving operator and state.")
            .ResolveAsync(async context => await DashboardCounts.ReferralsAsync(Db(context), context.Source, context.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OperatorCountType>>>>("overdueCandidacyAnswers")
            .Description("Referrals of the period still waiting for a candidacy result after the answer period (art. 14 5°), per operator: a recurring difficulty, not a sanction.")
            .ResolveAsync(async context => await DashboardCounts.OverdueAnswersAsync(
                Db(context), context.Source, context.Service<IClock>().Today, context.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OperatorCountType>>>>("overdueJobSeekerInformation")
            .Description("Referrals of the period whose candidacy result the person was not told of within the information period (art. 14 5°), not yet or late, per operator.")
            .ResolveAsync(async context => await DashboardCounts.OverdueInformationAsync(
                Db(context), context.Source, context.Service<IClock>().Today, context.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComplaintCountType>>>>("complaints")
            .Description("Complaints received in the period and counted under the directorate, by engagement, respondent and month.")
            .ResolveAsync(async context => await DashboardCounts.ComplaintsAsync(Db(context), context.Source, context.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DisputeStatusCountType>>>>("disputesByStatus")
            .Description("Disputes filed in the period (naming the directorate, when one is asked), by state.")
            .ResolveAsync(async context => await DashboardCounts.DisputesAsync(Db(context), context.Source, context.CancellationToken));
        Field<NonNullGraphType<IntGraphType>>("openRecurringDifficulties")
            .Description("Recurring difficulties reported in the period (of the directorate, when one is asked) that the Commission has not closed.")
            .ResolveAsync(async context => await DashboardCounts.OpenDifficultiesAsync(Db(context), context.Source, context.CancellationToken));
    }

    private static PartnersDbContext Db(IResolveFieldContext context) => context.Service<PartnersDbContext>();
}
