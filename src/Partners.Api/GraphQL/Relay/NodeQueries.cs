using GraphQL;
using GraphQL.Types;
using Partners.Api.Identity;

namespace Partners.Api.GraphQL.Relay;

/// <summary><c>node(id:)</c>: resolves any object the caller may see; others are not found, never "forbidden".</summary>
public sealed class NodeQueries(IEnumerable<INodeResolver> resolvers) : IQueryFields
{
    private readonly Dictionary<string, INodeResolver> byType = resolvers.ToDictionary(r => r.TypeName, StringComparer.Ordinal);

    public void AddTo(QueryType query) =>
        query.Field<NodeInterface>("node")
            .Description("The object with this opaque id, if it exists and the caller may see it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "An opaque id, as returned in any `id` field.")
            .AuthorizeAuthenticated()
            .ResolveAsync(async context =>
                GlobalId.TryDecode(context.GetArgument<string>("id"), out var typeName, out var key)
                && byType.TryGetValue(typeName, out var resolver)
                    ? await resolver.ResolveAsync(context, key)
                    : null);
}
