using GraphQL;

namespace Partners.Api.GraphQL.Relay;

/// <summary>
/// Resolves the objects of one GraphQL type for <c>node(id:)</c>. It must apply the same visibility as the
/// type's own queries: an object the caller may not see is not found (null), never "forbidden".
/// </summary>
public interface INodeResolver
{
    string TypeName { get; }

    Task<object?> ResolveAsync(IResolveFieldContext context, long key);
}
