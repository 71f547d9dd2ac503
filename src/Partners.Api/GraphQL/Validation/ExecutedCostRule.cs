using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Partners.Api.Localization;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.Validation;

/// <summary>
/// Prices the operation as it executes, every fragment spread expanded where it stands, and refuses it when too
/// costly (<c>QUERY_TOO_COMPLEX</c>) or too deep (<c>QUERY_TOO_DEEP</c>) before anything runs. GraphQL.NET's own
/// analyzer walks each spread again, so thirty fragments that each spread the previous twice (1.3 KB) take it
/// 2^30 steps; here a fragment is priced once per page size it inherits, which gives the same sum in linear time.
/// Pricing is GraphQL.NET's default: 1 per field, times the size of each enclosing list (its <c>first</c> or
/// <c>last</c>, the connection's page size for <c>nodes</c>/<c>edges</c>, 1 with an <c>id</c>, otherwise 20).
/// Introspection (<c>__schema</c>, <c>__type</c>, <c>__typename</c>) costs nothing as tools ask it (graphql-js's
/// standard query answers in full); only recursing from types into their types' lists again is priced.
/// </summary>
public sealed class ExecutedCostRule(GraphQLOptions options, Messages messages)
    : ComplexityValidationRule(new ComplexityOptions { MaxComplexity = options.MaxComplexity, MaxDepth = options.MaxDepth })
{
    protected override ValueTask<(double TotalComplexity, int MaximumDepth)> CalculateComplexityAsync(ValidationContext context) =>
        new(new Pricing(context, Options).Operation());

    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        var language = (context.UserContext as PartnersUserContext)?.Language ?? Language.French;
        if (maxDepth > options.MaxDepth)
        {
            context.ReportError(new ValidationError(context.Document.Source, null, messages.Get("too_deep", language, options.MaxDepth), context.Operation)
            {
                Code = ErrorCodes.QueryTooDeep,
            });
        }
        else if (totalComplexity > options.MaxComplexity)
        {
            context.ReportError(new ValidationError(context.Document.Source, null, messages.Get("too_complex_cost", language, totalComplexity, options.MaxComplexity), context.Operation)
            {
                Code = ErrorCodes.QueryTooComplex,
            });
        }

        return default;
    }

    private sealed class Pricing(ValidationContext context, ComplexityOptions options)
    {
        // A fragment's price and depth depend only on the page size it inherits from its enclosing connection.
        private readonly Dictionary<(GraphQLFragmentDefinition, double, int), (double Cost, int Depth)> fragments = [];
        private readonly HashSet<GraphQLFragmentDefinition> open = [];
        private readonly Dictionary<string, GraphQLFragmentDefinition> byName = Named(context.Document);
        private int steps;

        public (double, int) Operation()
        {
            IGraphType? root = context.Operation.Operation switch
            {
                OperationType.Mutation => context.Schema.Mutation,
                OperationType.Subscription => context.Schema.Subscription,
                _ => context.Schema.Query,
            };
            var (cost, depth) = SelectionSet(context.Operation.SelectionSet, root, inheritedPageSize: 0, typeLists: 0);
            return (cost, depth + 1);
        }

        /// <summary>The price of a selection set (each field once per item of its parent) and its depth below.</summary>
        private (double Cost, int Depth) SelectionSet(GraphQLSelectionSet selectionSet, IGraphType? parentType, double inheritedPageSize, int typeLists)
        {
            double cost = 0;
            var depth = 0;
            foreach (var selection in selectionSet.Selections)
            {
                if (++steps % 1024 == 0)
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                }

                if (!context.ShouldIncludeNode(selection))
                {
                    continue;
                }

                var (c, d) = selection switch
                {
                    GraphQLField field => Field(field, parentType, inheritedPageSize, typeLists),
                    GraphQLInlineFragment inline => SelectionSet(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? parentType, inheritedPageSize, typeLists),
                    GraphQLFragmentSpread spread => Spread(spread, inheritedPageSize, typeLists),
                    _ => (0, 0),
                };
                cost += c;
                depth = Math.Max(depth, d);
            }

            return (cost, depth);
        }

        private (double Cost, int Depth) Spread(GraphQLFragmentSpread spread, double inheritedPageSize, int typeLists)
        {
            // Validation already refused unknown and cyclic fragments; the guard keeps this walk finite regardless.
            if (!byName.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment) || !open.Add(fragment))
            {
                return (0, 0);
            }

            try
            {
                if (!fragments.TryGetValue((fragment, inheritedPageSize, typeLists), out var price))
                {
                    price = SelectionSet(fragment.SelectionSet, TypeOf(fragment.TypeCondition), inheritedPageSize, typeLists);
                    fragments[(fragment, inheritedPageSize, typeLists)] = price;
                }

                return price;
            }
            finally
            {
                open.Remove(fragment);
            }
        }

        private (double Cost, int Depth) Field(GraphQLField field, IGraphType? parentType, double inheritedPageSize, int typeLists)
        {
            var name = field.Name.StringValue;
            var definition = name switch
            {
                "__typename" => null,
                "__schema" => context.Schema.SchemaMetaFieldType,
                "__type" => context.Schema.TypeMetaFieldType,
                _ => (parentType as IComplexGraphType)?.GetField(name),
            };
            var introspection = name.StartsWith("__", StringComparison.Ordinal) || IsIntrospectionType(parentType);
            if (field.SelectionSet is null || definition?.ResolvedType is not { } type)
            {
                return (introspection ? 0 : options.DefaultScalarImpact, 0);
            }

            var isList = type is ListGraphType || type is NonNullGraphType { ResolvedType: ListGraphType };
            // Introspection is free as graphql-js asks it (each type's fields, args, interfaces…); recursing from a
            // type's list into the same lists of the types they name is priced like any field.
            var typeList = isList && parentType?.Name == "__Type";
            var free = introspection && !(typeList && typeLists > 0);
            var pageSize = PageSize(field);
            var multiplier = !isList ? 1
                : pageSize ?? (Argument(field, "id") is not null ? 1 : inheritedPageSize > 0 ? inheritedPageSize : options.DefaultListImpactMultiplier);
            // The children of a connection field (nodes, edges) are as many as the page it asked for.
            var (childCost, childDepth) = SelectionSet(field.SelectionSet, type.GetNamedType(), isList ? 0 : pageSize ?? 0, typeLists + (typeList ? 1 : 0));
            return ((free ? 0 : options.DefaultObjectImpact) + (multiplier * childCost), childDepth + 1);
        }

        private double? PageSize(GraphQLField field) =>
            (Argument(field, "first") ?? Argument(field, "last")) is { Value: int size } ? Math.Max(size, 0) : null;

        private ArgumentValue? Argument(GraphQLField field, string name) =>
            context.ArgumentValues?.TryGetValue(field, out var arguments) == true && arguments.TryGetValue(name, out var value) ? value : null;

        private IGraphType? TypeOf(GraphQLTypeCondition? condition) =>
            condition is null ? null : context.Schema.AllTypes[condition.Type.Name.Value];

        private static Dictionary<string, GraphQLFragmentDefinition> Named(GraphQLDocument document)
        {
            var named = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
            foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            {
                named.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
            }

            return named;
        }

        private static bool IsIntrospectionType(IGraphType? type) => type?.Name.StartsWith("__", StringComparison.Ordinal) == true;
    }
}
