using GraphQL;
using GraphQLParser.AST;

namespace Partners.Api.GraphQL.Relay;

/// <summary>What a connection field's nodes select (under <c>nodes</c> and <c>edges { node }</c>, fragments included).</summary>
public static class NodeSelection
{
    /// <summary>The selection sets of the nodes of the connection being resolved.</summary>
    public static IReadOnlyList<GraphQLSelectionSet> Of(IResolveFieldContext context)
    {
        var sets = new List<GraphQLSelectionSet>();
        foreach (var connectionField in Fields(context.FieldAst.SelectionSet, context.Document))
        {
            var name = connectionField.Name.StringValue;
            if (name == "nodes" && connectionField.SelectionSet is { } nodes)
            {
                sets.Add(nodes);
            }
            else if (name == "edges")
            {
                sets.AddRange(Fields(connectionField.SelectionSet, context.Document).Where(f => f.Name.StringValue == "node").Select(f => f.SelectionSet).OfType<GraphQLSelectionSet>());
            }
        }

        return sets;
    }

    /// <summary>The selection sets of the fields named <paramref name="name"/> in <paramref name="selectionSets"/>.</summary>
    public static IReadOnlyList<GraphQLSelectionSet?> Under(IEnumerable<GraphQLSelectionSet> selectionSets, string name, GraphQLDocument document) =>
        [.. selectionSets.SelectMany(s => Fields(s, document)).Where(f => f.Name.StringValue == name).Select(f => f.SelectionSet)];

    /// <summary>The fields of a selection set, through fragment spreads and inline fragments.</summary>
    public static IEnumerable<GraphQLField> Fields(GraphQLSelectionSet? selectionSet, GraphQLDocument document, int depth = 0)
    {
        if (selectionSet is null || depth > 10)
        {
            yield break;
        }

        foreach (var selection in selectionSet.Selections)
        {
            var nested = selection switch
            {
                GraphQLField field => [field],
                GraphQLInlineFragment inline => Fields(inline.SelectionSet, document, depth + 1),
                GraphQLFragmentSpread spread => Fields(
                    document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(d => d.FragmentName.Name.Value == spread.FragmentName.Name.Value)?.SelectionSet,
                    document, depth + 1),
                _ => [],
            };
            foreach (var field in nested)
            {
                yield return field;
            }
        }
    }
}
