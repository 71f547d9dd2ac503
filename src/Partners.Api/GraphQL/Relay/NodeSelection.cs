using GraphQL;
using GraphQLParser.AST;

namespace Partners.Api.GraphQL.Relay;

/// <summary>What a connection field's nodes select (under <c>nodes</c> and <c>edges { node }</c>, fragments included).</summary>
public static class NodeSelection
{
    /// <summary>The names of the fields selected on the nodes of the connection being resolved.</summary>
    public static IReadOnlySet<string> FieldsOf(IResolveFieldContext context)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var connectionField in Fields(context.FieldAst.SelectionSet, context.Document))
        {
            var name = connectionField.Name.StringValue;
            if (name == "nodes")
            {
                Collect(connectionField.SelectionSet, context.Document, names);
            }
            else if (name == "edges")
            {
                foreach (var edgeField in Fields(connectionField.SelectionSet, context.Document).Where(f => f.Name.StringValue == "node"))
                {
                    Collect(edgeField.SelectionSet, context.Document, names);
                }
            }
        }

        return names;
    }

    private static void Collect(GraphQLSelectionSet? selectionSet, GraphQLDocument document, HashSet<string> names)
    {
        foreach (var field in Fields(selectionSet, document))
        {
            names.Add(field.Name.StringValue);
        }
    }

    /// <summary>The fields of a selection set, through fragment spreads and inline fragments.</summary>
    private static IEnumerable<GraphQLField> Fields(GraphQLSelectionSet? selectionSet, GraphQLDocument document, int depth = 0)
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
