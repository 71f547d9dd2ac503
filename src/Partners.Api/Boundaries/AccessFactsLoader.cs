using GraphQL;
using GraphQL.DataLoader;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.DataLoading;
using Partners.Domain.Boundaries;

namespace Partners.Api.Boundaries;

/// <summary>
/// The caller's relation with each job seeker of a level (<see cref="BoundaryRule.FactsAsync"/>), batched: one
/// statement for the whole page, or none when the statement that read the people read their facts too
/// (<see cref="PrimeAccessFacts"/>). A page reads the facts of the categories its selection decides only: a category
/// asked for beyond those (another field reaching the same person) is read with every category, in one statement for
/// all such people. Read again on every request, so a withdrawn or expired consent stops at the very next one.
/// </summary>
public static class AccessFactsLoader
{
    /// <summary>The facts that decide <paramref name="categories"/> of the person (the consents of other categories may be missing).</summary>
    public static IDataLoaderResult<AccessFacts> LoadAccessFacts(this IResolveFieldContext context, long jobSeekerId, IReadOnlyCollection<DataCategory> categories) =>
        Primed(context).TryGetValue(jobSeekerId, out var primed) && categories.All(primed.Categories.Contains)
            ? DataLoaderResultExtensions.Loaded(primed.Facts)
            : Facts(context).Load(jobSeekerId)!;

    /// <summary>Hands over the facts a page read with its people (<see cref="BoundaryRule.FactsOf"/>, for this caller and <paramref name="categories"/>).</summary>
    public static void PrimeAccessFacts(this IResolveFieldContext context, IEnumerable<AccessFactsRow> rows, IReadOnlySet<DataCategory> categories)
    {
        var (primed, caller) = (Primed(context), context.Caller());
        foreach (var row in rows)
        {
            if (!primed.TryGetValue(row.JobSeekerId, out var known) || !categories.All(known.Categories.Contains))
            {
                primed[row.JobSeekerId] = (BoundaryRule.FactsFrom(caller, row, categories), categories);
            }
        }
    }

    private static Dictionary<long, (AccessFacts Facts, IReadOnlySet<DataCategory> Categories)> Primed(IResolveFieldContext context) =>
        context.Service<DataLoaders>().GetOrAdd("access-facts:primed", () => new Dictionary<long, (AccessFacts, IReadOnlySet<DataCategory>)>());

    private static BatchLoader<long, AccessFacts> Facts(IResolveFieldContext context)
    {
        var caller = context.Caller();
        return context.BatchLoader<long, AccessFacts>("access-facts", async (services, ids, ct) =>
            await services.GetRequiredService<BoundaryRule>().FactsAsync(caller, ids, ct));
    }
}
