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
                var referrals = Filters.Apply(context.Service<PartnersDbContext>().Referrals.AsNoTracking().VisibleTo(context.Caller()), context);
                return await ReferralOrdering.Sorting.Apply(referrals, context).ToConnectionAsync(context, (page, ct) => ReferralPage.FetchAsync(page, context, ct));
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

    /// <summary>The referrals' <c>where</c> (ReferralFilter).</summary>
    private static readonly Filtering<Referral, ReferralFilter> Filters = new Filtering<Referral, ReferralFilter>()
        .AnyOf(f => f.Status, r => r.Status)
        .IsId(f => f.OfferId, OfferNode.TypeName, r => r.OfferId)
        .AnyOfIds(f => f.OfferIdIn, OfferNode.TypeName, r => r.OfferId)
        .IsId(f => f.JobSeekerId, JobSeekerNode.TypeName, r => r.JobSeekerId)
        .AnyOfIds(f => f.JobSeekerIdIn, JobSeekerNode.TypeName, r => r.JobSeekerId)
        .On((f, context) => f.Overdue is { } overdue ? Overdue(overdue, context.Service<IClock>().Today) : null)
        .Within(f => f.CreatedAt, r => r.CreatedAt)
        .Within(f => f.AnswerDueOn, r => r.AnswerDueOn)
        .On((f, context) => f.OpenOnEndedContract is { } ended ? OpenOnEndedContract(ended, context.Service<PartnersDbContext>()) : null);

    /// <summary>Open referrals to an offer whose contract expired or was terminated (domain.md, "Organisations").</summary>
    private static System.Linq.Expressions.Expression<Func<Referral, bool>> OpenOnEndedContract(bool ended, PartnersDbContext db)
    {
        var closed = Boundaries.BoundaryRule.ClosedStatuses;
        var endedContracts = db.CooperationContracts
            .Where(c => c.Status == Domain.Contracts.ContractStatus.Expired || c.Status == Domain.Contracts.ContractStatus.Terminated).Select(c => c.Id);
        return ended
            ? r => !closed.Contains(r.Status) && db.Offers.Any(o => o.Id == r.OfferId && o.ContractId != null && endedContracts.Contains(o.ContractId.Value))
            : r => closed.Contains(r.Status) || !db.Offers.Any(o => o.Id == r.OfferId && o.ContractId != null && endedContracts.Contains(o.ContractId.Value));
    }

    private static System.Linq.Expressions.Expression<Func<Referral, bool>> Overdue(bool overdue, DateOnly today)
    {
        var awaiting = new[] { ReferralStatus.Sent, ReferralStatus.Received };
        return overdue
            ? r => awaiting.Contains(r.Status) && r.AnswerDueOn < today
            : r => !awaiting.Contains(r.Status) || r.AnswerDueOn >= today;
    }
}
