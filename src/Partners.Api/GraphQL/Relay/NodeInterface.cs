using GraphQL.Types;

namespace Partners.Api.GraphQL.Relay;

/// <summary>The Relay <c>Node</c> interface: every entity type implements it.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with an opaque, globally unique id that `node(id:)` resolves.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opaque, globally unique id of the object.");
    }
}
