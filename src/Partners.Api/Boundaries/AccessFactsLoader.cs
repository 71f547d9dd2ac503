using GraphQL;
using GraphQL.DataLoader;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.DataLoading;
using Partners.Domain.Boundaries;

namespace Partners.Api.Boundaries;

/// <summary>
/// The caller's relation with each job seeker of a level (<see cref="BoundaryRule.FactsAsync"/>), batched: one
/// statement for the whole page, or none when the statement that read the people read their facts too
/// (<see cref="PrimeAccessFacts"/>). Read again on every request, so a withdrawn or expired consent stops at the very
/// next one.
/// </summary>
public static class AccessFactsLoader
{
    public static IDataLoaderResult<AccessFacts> LoadAccessFacts(this IResolveFieldContext context, long jobSeekerId) =>
        Facts(context).Load(jobSeekerId)!;

    /// <summary>Hands over the facts a page read with its people (<see cref="BoundaryRule.FactsOf"/>, for this caller).</summary>
    public static void PrimeAccessFacts(this IResolveFieldContext context, IEnumerable<AccessFactsRow> rows)
    {
        var (loader, caller) = (Facts(context), context.Caller());
        foreach (var row in rows)
        {
            loader.Prime(row.JobSeekerId, BoundaryRule.FactsFrom(caller, row));
        }
    }

    private static BatchLoader<long, AccessFacts> Facts(IResolveFieldContext context)
    {
        var caller = context.Caller();
        return context.BatchLoader<long, AccessFacts>("access-facts", async (services, ids, ct) =>
            await services.GetRequiredService<BoundaryRule>().FactsAsync(caller, ids, ct));
    }
}
