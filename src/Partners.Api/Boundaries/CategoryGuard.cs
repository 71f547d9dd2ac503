using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;
using GraphQLParser.AST;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.DataLoading;
using Partners.Api.GraphQL.Errors;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Domain.Boundaries;
using Partners.Domain.Common;
using Partners.Domain.JobSeekers;

namespace Partners.Api.Boundaries;

/// <summary>
/// Resolves one data category of a job seeker wherever the job seeker is reached (jobSeeker, a referral, node, a
/// list, a subscription): the scope and the one rule (<see cref="AccessPolicy"/>, <see cref="BoundaryRule"/>); a denied category is null with
/// FORBIDDEN or CONSENT_REQUIRED at its path and the rest of the answer stands; an allowed read of a logged
/// category goes to the request's <see cref="AccessLedger"/>. A field guarded here says which categories it decides
/// (<see cref="Guards{TReturn}"/>, <see cref="GuardsTargetGroups{TSource, TReturn}"/>), so a page reading its people
/// reads the access facts of those categories only (<see cref="DecidedBy"/>); a category it did not read is read on
/// demand (<see cref="AccessFactsLoader"/>).
/// </summary>
public static class CategoryGuard
{
    private const string CategoriesKey = "Partners.Categories";

    private const string WholeKey = "Partners.GuardedWhole";

    public static readonly IReadOnlyDictionary<DataCategory, string> ScopeOf = new Dictionary<DataCategory, string>
    {
        [DataCategory.Identity] = Scopes.JobSeekerIdentity,
        [DataCategory.Pathway] = Scopes.JobSeekerPathway,
        [DataCategory.Social] = Scopes.JobSeekerSocial,
        [DataCategory.Health] = Scopes.JobSeekerHealth,
    };

    /// <summary>The field resolves <paramref name="category"/> of the job seeker through the guard: <paramref name="read"/> once allowed.</summary>
    public static FieldBuilder<JobSeeker, TReturn> Guards<TReturn>(this FieldBuilder<JobSeeker, TReturn> builder, DataCategory category, Func<JobSeeker, object> read)
    {
        builder.FieldType.Metadata[CategoriesKey] = new[] { category };
        builder.FieldType.Metadata[WholeKey] = category;
        return builder.Resolve(c => (TReturn)(object)Resolve(c, category, read));
    }

    /// <summary>
    /// The categories whose scope the caller's token lacks (none without a caller): the one rule refuses them whoever
    /// the person is (<see cref="AccessPolicy.Decide"/>), so their fields (<see cref="Guards{TReturn}"/>) read nothing —
    /// neither their columns (<see cref="OutOfScope.Refuses"/>, <c>SelectedMembers</c>) nor their access facts.
    /// </summary>
    /// <remarks>Asked at every guarded and loaded field of every row: worked out once per set of scopes (a token's).</remarks>
    public static OutOfScope OutOfScopeOf(Caller? caller) =>
        caller is null ? new(0) : new(MaskOf.GetValue(caller.Scopes, scopes =>
            new StrongBox<int>(ScopeOf.Where(s => !scopes.Contains(s.Value)).Aggregate(0, (mask, s) => mask | (1 << (int)s.Key)))).Value);

    private static readonly ConditionalWeakTable<IReadOnlySet<string>, StrongBox<int>> MaskOf = new();

    /// <summary>A set of categories out of the caller's scope (<see cref="OutOfScopeOf"/>), as a small key.</summary>
    public readonly record struct OutOfScope(int Mask)
    {
        public bool Contains(DataCategory category) => (Mask & (1 << (int)category)) != 0;

        /// <summary>Whether <paramref name="field"/> is refused whole: the field of a category out of scope (target groups show the rest, so they are read).</summary>
        public bool Refuses(FieldType field) => Mask != 0 && field.GetMetadata<object?>(WholeKey) is DataCategory category && Contains(category);
    }

    /// <summary>The field resolves the target groups of the person <paramref name="jobSeekerOf"/> gives (<see cref="TargetGroups"/>).</summary>
    public static FieldBuilder<TSource, TReturn> GuardsTargetGroups<TSource, TReturn>(this FieldBuilder<TSource, TReturn> builder, Func<TSource, JobSeeker> jobSeekerOf)
    {
        builder.FieldType.Metadata[CategoriesKey] = new[] { DataCategory.Social, DataCategory.Health };
        return builder.Resolve(c => (TReturn)(object)TargetGroups(c, jobSeekerOf(c.Source)));
    }

    /// <summary>
    /// The categories the guarded fields of <paramref name="selectionSets"/> (of a <paramref name="type"/>) decide, through
    /// the parts and views of the same entity (not through other nodes).
    /// </summary>
    public static IReadOnlySet<DataCategory> DecidedBy(IComplexGraphType type, IEnumerable<GraphQLSelectionSet?> selectionSets, GraphQLDocument document)
    {
        var categories = new HashSet<DataCategory>();
        void Collect(IComplexGraphType of, GraphQLSelectionSet? selectionSet)
        {
            foreach (var field in NodeSelection.Fields(selectionSet, document))
            {
                if (of.GetField(field.Name.StringValue) is not { } definition)
                {
                    continue;
                }

                if (definition.GetMetadata<DataCategory[]?>(CategoriesKey) is { } decided)
                {
                    categories.UnionWith(decided);
                }

                if (definition.ResolvedType?.GetNamedType() is IObjectGraphType part && !part.ResolvedInterfaces.Any(i => i is NodeInterface))
                {
                    Collect(part, field.SelectionSet);
                }
            }
        }

        foreach (var selectionSet in selectionSets)
        {
            Collect(type, selectionSet);
        }

        return categories;
    }

    private static Guarded Resolve(IResolveFieldContext<JobSeeker> context, DataCategory category, Func<JobSeeker, object> read)
    {
        var jobSeeker = context.Source;
        // Out of the token's scope, the category is refused whoever the person is: its facts are not read (nor its columns).
        var hasScope = context.Caller().HasScope(ScopeOf[category]);
        var facts = hasScope ? context.LoadAccessFacts(jobSeeker.Id, [category]) : DataLoaderResultExtensions.Loaded(NoFacts);
        return new Guarded(facts, f =>
        {
            var decision = AccessPolicy.Decide(category, hasScope, f);
            if (!decision.Allowed)
            {
                var key = decision.RefusalCode == ErrorCodes.ConsentRequired ? "consent_required" : "forbidden";
                throw PartnersError.Execution(context, decision.RefusalCode!, key);
            }

            var value = read(jobSeeker);
            if (value is not JobSeekerHealth { IsEmpty: true })
            {
                // Only data actually returned is logged: a person without health data was not "read" for HEALTH.
                context.Service<AccessLedger>().Record(jobSeeker.Id, category, decision);
            }

            return value;
        });
    }

    /// <summary>
    /// The person's target group codes the caller may see: a PATHWAY group always (its pathway is already open), a
    /// SOCIAL or HEALTH group only where the one rule opens that category, and then its read is logged as one.
    /// </summary>
    private static object TargetGroups(IResolveFieldContext context, JobSeeker jobSeeker)
    {
        // Under 25 and over 50 follow the birth date (domain.md, "People"), whatever label was stored.
        var codes = jobSeeker.TargetGroupCodesOn(context.Service<IClock>().Today);
        var categories = codes.Select(Partners.Domain.Offers.TargetGroups.CategoryOf).Where(c => c != DataCategory.Pathway).ToHashSet();
        if (categories.Count == 0)
        {
            return codes;
        }

        var caller = context.Caller();
        var inScope = categories.Where(c => caller.HasScope(ScopeOf[c])).ToList();
        return new Guarded(inScope.Count == 0 ? DataLoaderResultExtensions.Loaded(NoFacts) : context.LoadAccessFacts(jobSeeker.Id, inScope), facts =>
        {
            var shown = new List<string>();
            foreach (var code in codes)
            {
                var category = Partners.Domain.Offers.TargetGroups.CategoryOf(code);
                if (category == DataCategory.Pathway)
                {
                    shown.Add(code);
                    continue;
                }

                var decision = AccessPolicy.Decide(category, caller.HasScope(ScopeOf[category]), facts);
                if (decision.Allowed)
                {
                    context.Service<AccessLedger>().Record(jobSeeker.Id, category, decision);
                    shown.Add(code);
                }
            }

            return shown;
        });
    }

    private static readonly AccessFacts NoFacts = new(new HashSet<AccessGround>(), null, new Dictionary<DataCategory, long>());

    private sealed class Guarded(IDataLoaderResult<AccessFacts> facts, Func<AccessFacts, object?> decide) : IDataLoaderResult<object?>, IReadyResult
    {
        public bool TryGetReady(out object? value)
        {
            var ready = ReadyResults.TryGetReady(facts, out var known);
            value = ready ? decide(known) : null;
            return ready;
        }

        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            decide(await facts.GetResultAsync(cancellationToken));
    }
}
