using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQLParser.AST;
using Partners.Api.Boundaries;
using Partners.Api.GraphQL.Relay;

namespace Partners.Api.GraphQL.DataLoading;

/// <summary>
/// Which members of an entity a selection reads, so that its statement reads only their columns
/// (<see cref="EntityColumns"/>). A field made from a property (<c>Field(r =&gt; r.Title)</c>) reads that property; any
/// other field says what it reads with <see cref="Reads{TSource, TReturn}"/> (its key is always read). A selected field
/// that says nothing makes the whole entity read: never a member short. A field whose type is a part or a view of the
/// same entity (not a node: identity, pathway, a candidacy result) adds what its own fields declare; when it reads
/// by field (<see cref="ReadsByField{TSource, TReturn}"/>), what its selected fields declare replaces its own
/// declaration, unless one of them declares nothing.
/// </summary>
public static class SelectedMembers
{
    private const string MetadataKey = "Partners.Reads";

    private const string ByFieldKey = "Partners.ReadsByField";

    /// <summary>Where GraphQL.NET keeps the property a <c>Field(x =&gt; x.Property)</c> was made from (an internal constant of its own).</summary>
    private const string PropertyNameKey = "ORIGINAL_EXPRESSION_PROPERTY_NAME";

    /// <summary>
    /// The members of the source entity this field reads beyond its key: a property, an owned part (all its columns), or
    /// <c>"Part.Member"</c> (one column of an owned part).
    /// </summary>
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> builder, params string[] members)
    {
        builder.FieldType.Metadata[MetadataKey] = members;
        return builder;
    }

    /// <summary>
    /// A field of a part or view of the entity whose own fields each say what they read (<see cref="Reads"/>): the
    /// selection reads what its fields declare, or all of <paramref name="members"/> when one of them declares nothing.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> ReadsByField<TSource, TReturn>(this FieldBuilder<TSource, TReturn> builder, params string[] members)
    {
        builder.FieldType.Metadata[MetadataKey] = members;
        builder.FieldType.Metadata[ByFieldKey] = true;
        return builder;
    }

    /// <summary>
    /// The members of <paramref name="type"/>'s entity that <paramref name="selectionSets"/> read; null for all of them.
    /// A field the caller is refused whole (<see cref="CategoryGuard.OutOfScope"/>: a category out of its token's scope)
    /// reads nothing: it resolves to its refusal without its columns.
    /// </summary>
    public static IReadOnlySet<string>? Of(IComplexGraphType type, IEnumerable<GraphQLSelectionSet?> selectionSets, GraphQLDocument document, CategoryGuard.OutOfScope refused = default)
    {
        var members = new SortedSet<string>(StringComparer.Ordinal) { "Id" };
        foreach (var selectionSet in selectionSets)
        {
            var undeclared = false;
            if (!Collect(type, selectionSet, document, view: false, members, refused, ref undeclared))
            {
                return null;
            }
        }

        return members;
    }

    /// <summary>
    /// What the field being resolved selects of its <typeparamref name="T"/> for this caller (what its scope refuses
    /// whole left out), when its type is <typeparamref name="T"/>'s node type; else null (all). Worked out once per
    /// field of a (cached) document and set of refused categories, not per object resolved.
    /// </summary>
    public static IReadOnlySet<string>? Of<T>(IResolveFieldContext context)
    {
        if (context.FieldDefinition.ResolvedType?.GetNamedType() is not NodeGraphType<T> node)
        {
            return null;
        }

        var refused = CategoryGuard.OutOfScopeOf(context.Partners().Caller);
        return PerField.GetValue(context.FieldAst, _ => new Selected()).ByRefusal
            .GetOrAdd(refused.Mask, _ => new Members(Of(node, [context.FieldAst.SelectionSet], context.Document, refused))).Set;
    }

    private static readonly ConditionalWeakTable<GraphQLField, Selected> PerField = new();

    private sealed class Selected
    {
        public ConcurrentDictionary<int, Members> ByRefusal { get; } = new();
    }

    private sealed record Members(IReadOnlySet<string>? Set);

    /// <param name="undeclared">Set when a field of a view declares nothing (it reads what the field that reached the view declared).</param>
    private static bool Collect(IComplexGraphType type, GraphQLSelectionSet? selectionSet, GraphQLDocument document, bool view, SortedSet<string> members, CategoryGuard.OutOfScope refused, ref bool undeclared)
    {
        foreach (var field in NodeSelection.Fields(selectionSet, document))
        {
            var name = field.Name.StringValue;
            if (name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            if (type.GetField(name) is not { } definition)
            {
                return false;
            }

            if (refused.Refuses(definition))
            {
                continue;
            }

            var declared = definition.GetMetadata<string[]?>(MetadataKey);
            var byField = definition.GetMetadata(ByFieldKey, false);
            if (declared is not null)
            {
                if (!byField)
                {
                    members.UnionWith(declared);
                }
            }
            else if (view)
            {
                // A part's own field reads what the field that reached the part declared.
                undeclared = true;
            }
            else if (definition.GetMetadata<string?>(PropertyNameKey) is { } property)
            {
                members.Add(property);
            }
            else
            {
                return false;
            }

            if (definition.ResolvedType?.GetNamedType() is IObjectGraphType part && !part.ResolvedInterfaces.Any(i => i is NodeInterface)
                && field.SelectionSet is not null)
            {
                // What a declaring field's part reads beyond its fields' declarations is the field's own declaration.
                var within = false;
                if (!Collect(part, field.SelectionSet, document, view: true, members, refused, ref within))
                {
                    return false;
                }

                if (byField && within)
                {
                    members.UnionWith(declared!);
                }

                undeclared |= within && declared is null;
            }
            else if (byField)
            {
                members.UnionWith(declared!);
            }
        }

        return true;
    }
}
