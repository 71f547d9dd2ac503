using GraphQL.Validation;
using GraphQLParser.AST;
using Partners.Api.Localization;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.Validation;

/// <summary>
/// An anonymous request may ask only for <c>__typename</c> and, where introspection is on, the introspection
/// fields; anything else is refused as a whole (HTTP 401, <c>AUTH_NOT_AUTHENTICATED</c>) before it runs.
/// </summary>
public sealed class AnonymousAccessRule(Messages messages) : ValidationRuleBase
{
    private static readonly HashSet<string> OpenFields = new(StringComparer.Ordinal) { "__typename", "__schema", "__type" };

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.UserContext is PartnersUserContext { Caller: not null } || context.Operation is null)
        {
            return default;
        }

        var closed = FirstClosedField(context.Operation.SelectionSet, context.Document, depth: 0);
        if (closed is not null)
        {
            var language = (context.UserContext as PartnersUserContext)?.Language ?? Language.French;
            context.ReportError(new ValidationError(context.Document.Source, null, messages.Get("not_authenticated", language), closed)
            {
                Code = ErrorCodes.NotAuthenticated,
            });
        }

        return default;
    }

    private static ASTNode? FirstClosedField(GraphQLSelectionSet selectionSet, GraphQLDocument document, int depth)
    {
        if (depth > 10)
        {
            return selectionSet;
        }

        foreach (var selection in selectionSet.Selections)
        {
            var closed = selection switch
            {
                GraphQLField field => OpenFields.Contains(field.Name.StringValue) ? null : field,
                GraphQLInlineFragment inline => FirstClosedField(inline.SelectionSet, document, depth + 1),
                GraphQLFragmentSpread spread => document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name == spread.FragmentName.Name) is { } fragment
                    ? FirstClosedField(fragment.SelectionSet, document, depth + 1)
                    : null,
                _ => null,
            };
            if (closed is not null)
            {
                return closed;
            }
        }

        return null;
    }
}
