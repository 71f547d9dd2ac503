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
                var filter = context.GetArgument<JobSeekerFilter?>("where");
                if (filter?.Region is { } region)
                {
                    jobSeekers = jobSeekers.Where(j => j.Region == region);
                }

                if (filter?.Niss is { } niss)
                {
                    jobSeekers = Restrict(context, rule, jobSeekers, DataCategory.Identity, "niss");
                    var digits = Checksums.DigitsOnly(niss) ?? niss;
                    jobSeekers = jobSeekers.Where(j => j.Niss == digits);
                }

                if (filter?.ReceivesIntegrationIncome is { } income)
                {
                    jobSeekers = Restrict(context, rule, jobSeekers, DataCategory.Social, "receivesIntegrationIncome")
                        .Where(j => j.Social.ReceivesIntegrationIncome == income);
                }

                if (filter?.EmployedUnderArticle60 is { } article60)
                {
                    jobSeekers = Restrict(context, rule, jobSeekers, DataCategory.Social, "employedUnderArticle60")
                        .Where(j => j.Social.EmployedUnderArticle60 == article60);
                }

                return await jobSeekers.OrderBy(j => j.Id).ToConnectionAsync(context);
            });
    }

    public async Task<object?> ResolveAsync(IResolveFieldContext context, long key) =>
        context.Partners().Caller is { } caller
            ? await context.Service<BoundaryRule>().ReachableBy(context.Service<PartnersDbContext>().JobSeekers.AsNoTracking(), caller)
                .FirstOrDefaultAsync(j => j.Id == key, context.CancellationToken)
            : null;

    /// <summary>A filter on a guarded field: refused without the scope, and matched only where the category is readable.</summary>
    private static IQueryable<JobSeeker> Restrict(IResolveFieldContext context, BoundaryRule rule, IQueryable<JobSeeker> jobSeekers, DataCategory category, string field)
    {
        var caller = context.Caller();
        if (!caller.HasScope(CategoryGuard.ScopeOf[category]))
        {
            throw PartnersError.Execution(context, ErrorCodes.Forbidden, "filter_forbidden", field);
        }

        return rule.ReadableBy(jobSeekers, caller, category);
    }
}
