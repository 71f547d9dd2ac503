using GraphQL;
using GraphQL.DataLoader;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.DataLoading;
using Partners.Domain.Boundaries;
using Partners.Domain.JobSeekers;

namespace Partners.Api.Boundaries;

/// <summary>
/// The caller's relation with each job seeker of a level (<see cref="BoundaryRule.FactsAsync"/>), batched: two
/// statements for the whole page. Read again on every request, so a withdrawn or expired consent stops at the very
/// next one.
/// </summary>
public static class AccessFactsLoader
{
    public static IDataLoaderResult<AccessFacts> LoadAccessFacts(this IResolveFieldContext context, JobSeeker jobSeeker)
    {
        var caller = context.Caller();
        return context.BatchLoader<JobSeeker, AccessFacts>("access-facts", async (services, people, ct) =>
            {
                var facts = await services.GetRequiredService<BoundaryRule>().FactsAsync(caller, people, ct);
                return people.ToDictionary(p => p, p => facts[p.Id]);
            })
            .Load(jobSeeker)!;
    }
}
