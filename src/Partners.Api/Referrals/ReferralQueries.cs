using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Api.JobSeekers;
using Partners.Api.Offers;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Referrals;

namespace Partners.Api.Referrals;

/// <summary>The referrals a caller is party to: the Office's sent ones, an operator's inbox.</summary>
public sealed class ReferralQueries : IQueryFields, INodeResolver
{
    public string TypeName => ReferralNode.TypeName;

    public void AddTo(QueryType query)
    {
        query.Field<NonNullGraphType<ConnectionType<ReferralNode, Referral>>>("referrals")
            .Description("The referrals the caller is party to (the referring Office, the receiving operator), newest first.")
            .Arguments(Paging.Arguments(new QueryArgument<ReferralFilterType> { Name = "where", Description = "Filters." }, Ordering.Argument<ReferralSortType>("newest first")))
            .RequireScope(Scopes.ReferralsRead)
            .ResolveAsync(async context =>
            {
                var filter = context.GetArgument<ReferralFilter?>("where");
                var referrals = Filtered(context.Service<PartnersDbContext>().Referrals.AsNoTracking().VisibleTo(context.Caller()), filter, context.Service<IClock>().Today);
                return await ReferralOrdering.Sorting.Apply(referrals, context).ToConnectionAsync(context);
            });

        query.Field<ReferralNode>("referral")
            .Description("One referral the caller is party to; null when it does not exist or is another's.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The referral's id.")
            .RequireScope(Scopes.ReferralsRead)
            .ResolveAsync(async context => GlobalId.KeyOf(context.GetArgument<string>("id"), TypeName) is { } key ? await ResolveAsync(context, key) : null);
    }

    public async Task<object?> ResolveAsync(IResolveFieldContext context, long key) =>
        context.Partners().Caller is { } caller && caller.HasScope(Scopes.ReferralsRead)
            ? await context.Service<PartnersDbContext>().Referrals.AsNoTracking().VisibleTo(caller)
                .FirstOrDefaultAsync(r => r.Id == key, context.CancellationToken)
            : null;

    private static IQueryable<Referral> Filtered(IQueryable<Referral> referrals, ReferralFilter? filter, DateOnly today)
    {
        if (filter?.Status is { Count: > 0 } statuses)
        {
            referrals = referrals.Where(r => statuses.Contains(r.Status));
        }

        if (filter?.OfferId is not null)
        {
            var offer = GlobalId.KeyOf(filter.OfferId, OfferNode.TypeName) ?? -1;
            referrals = referrals.Where(r => r.OfferId == offer);
        }

        if (filter?.JobSeekerId is not null)
        {
            var jobSeeker = GlobalId.KeyOf(filter.JobSeekerId, JobSeekerNode.TypeName) ?? -1;
            referrals = referrals.Where(r => r.JobSeekerId == jobSeeker);
        }

        if (filter?.Overdue is { } overdue)
        {
            var awaiting = new[] { ReferralStatus.Sent, ReferralStatus.Received };
            referrals = overdue
                ? referrals.Where(r => awaiting.Contains(r.Status) && r.AnswerDueOn < today)
                : referrals.Where(r => !awaiting.Contains(r.Status) || r.AnswerDueOn >= today);
        }

        return referrals;
    }
}
