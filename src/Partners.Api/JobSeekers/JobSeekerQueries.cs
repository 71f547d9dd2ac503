using System.Linq.Expressions;
using LinqKit;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.Boundaries;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Errors;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Domain.Boundaries;
using Partners.Domain.Common;
using Partners.Domain.JobSeekers;

namespace Partners.Api.JobSeekers;

/// <summary>
/// The job seekers a caller reaches (domain.md, "The boundaries"): the Office, operators with a referral of the
/// person, the person's CPAS, consent recipients. Others do not exist for the caller.
/// </summary>
public sealed class JobSeekerQueries : IQueryFields, INodeResolver
{
    public string TypeName => JobSeekerNode.TypeName;

    public void AddTo(QueryType query)
    {
        query.Field<JobSeekerNode>("jobSeeker")
            .Description("One job seeker the caller reaches; null when none or not reachable.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The job seeker's id.")
            .AuthorizeAuthenticated()
            .ResolveAsync(async context => GlobalId.KeyOf(context.GetArgument<string>("id"), TypeName) is { } key ? await ResolveAsync(context, key) : null);

        query.Field<NonNullGraphType<ConnectionType<JobSeekerNode, JobSeeker>>>("jobSeekers")
            .Description("The job seekers the caller reaches, by id; `where: { niss }` finds one.")
            .Arguments(Paging.Arguments(new QueryArgument<JobSeekerFilterType> { Name = "where", Description = "Filters." }))
            .AuthorizeAuthenticated()
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var rule = context.Service<BoundaryRule>();
                var jobSeekers = rule.ReachableBy(context.Service<PartnersDbContext>().JobSeekers.AsNoTracking(), caller);
                jobSeekers = Filters.Apply(jobSeekers, context);
                return await jobSeekers.OrderBy(j => j.Id).ToConnectionAsync(context);
            });
    }

    public async Task<object?> ResolveAsync(IResolveFieldContext context, long key) =>
        context.Partners().Caller is { } caller
            ? await context.Service<BoundaryRule>().ReachableBy(context.Service<PartnersDbContext>().JobSeekers.AsNoTracking(), caller)
                .FirstOrDefaultAsync(j => j.Id == key, context.CancellationToken)
            : null;

    /// <summary>The job seekers' <c>where</c> (JobSeekerFilter).</summary>
    private static readonly Filtering<JobSeeker, JobSeekerFilter> Filters = new Filtering<JobSeeker, JobSeekerFilter>()
        .Is(f => f.Region, j => j.Region)
        .AnyOf(f => f.RegionIn, j => j.Region)
        .On((f, context) => f.Niss is { } niss
            ? Guarded(context, DataCategory.Identity, "niss", ByNiss(niss))
            : null)
        .On((f, context) => f.ReceivesIntegrationIncome is { } income
            ? Guarded(context, DataCategory.Social, "receivesIntegrationIncome", j => j.Social.ReceivesIntegrationIncome == income)
            : null)
        .On((f, context) => f.EmployedUnderArticle60 is { } article60
            ? Guarded(context, DataCategory.Social, "employedUnderArticle60", j => j.Social.EmployedUnderArticle60 == article60)
            : null);

    /// <summary>The person with this NISS, written with or without its separators.</summary>
    private static Expression<Func<JobSeeker, bool>> ByNiss(string niss)
    {
        var digits = Checksums.DigitsOnly(niss) ?? niss;
        return j => j.Niss == digits;
    }

    /// <summary>A filter on a guarded field: refused without the scope, and matched only where the category is readable.</summary>
    private static Expression<Func<JobSeeker, bool>> Guarded(IResolveFieldContext context, DataCategory category, string field, Expression<Func<JobSeeker, bool>> matches)
    {
        var caller = context.Caller();
        if (!caller.HasScope(CategoryGuard.ScopeOf[category]))
        {
            throw PartnersError.Execution(context, ErrorCodes.Forbidden, "filter_forbidden", field);
        }

        var readable = context.Service<BoundaryRule>().Readable(caller, category);
        return j => readable.Invoke(j) && matches.Invoke(j);
    }
}
