using GraphQL.Types;
using Partners.Api.GraphQL.DataLoading;

namespace Partners.Api.GraphQL.Relay;

/// <summary>
/// Base of every entity type: names the GraphQL type, implements <c>Node</c> and derives the opaque id from the
/// entity's key.
/// </summary>
public abstract class NodeGraphType<T> : ObjectGraphType<T>
{
    protected NodeGraphType(string name, string description, Func<T, long> key)
    {
        Name = name;
        Description = description;
        Interface<NodeInterface>();
        IsTypeOf = value => value is T;
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The opaque, globally unique id of the object.")
            .Reads()
            .Resolve(context => GlobalId.Encode(name, key(context.Source)));
    }
}
