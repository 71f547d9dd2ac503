using GraphQL.Types;
using Partners.Api.GraphQL;

namespace Partners.Api.GraphQL.Relay;

/// <summary><c>XConnection { edges { cursor node } nodes pageInfo totalCount }</c> for the node type <typeparamref name="TNodeType"/>.</summary>
public sealed class ConnectionType<TNodeType, TSource> : ObjectGraphType<Connection<TSource>>
    where TNodeType : IGraphType
{
    public ConnectionType()
    {
        var nodeName = NodeTypeName.Of<TNodeType>();
        Name = nodeName + "Connection";
        Description = $"A page of {nodeName} objects (Relay cursor connection).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType, TSource>>>>>("edges")
            .Description("The objects of this page with their cursors.")
            .Resolve(context => context.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The objects of this page, without cursors.")
            .Resolve(context => context.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Where this page stands in the whole list.")
            .Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many objects the whole list holds, for this caller and filter.")
            .ResolveAsync(async context => await context.Source.TotalCount(context.CancellationToken));
    }
}

public sealed class EdgeType<TNodeType, TSource> : ObjectGraphType<Edge<TSource>>
    where TNodeType : IGraphType
{
    public EdgeType()
    {
        var nodeName = NodeTypeName.Of<TNodeType>();
        Name = nodeName + "Edge";
        Description = $"An {nodeName} in a connection, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("An opaque cursor to resume after this object.")
            .Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description("The object.").Resolve(context => context.Source.Node);
    }
}

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Relay page information.";
        this.Member(p => p.HasNextPage).Description("True when more objects follow this page.");
        this.Member(p => p.HasPreviousPage).Description("True when objects precede this page.");
        this.Member(p => p.StartCursor, nullable: true).Description("The cursor of the first object of the page.");
        this.Member(p => p.EndCursor, nullable: true).Description("The cursor of the last object of the page; pass it as `after`.");
    }
}

internal static class NodeTypeName
{
    /// <summary>The GraphQL name of a node type class: <c>OfferNode</c> → <c>Offer</c>.</summary>
    public static string Of<TNodeType>()
    {
        var name = typeof(TNodeType).Name;
        return name.EndsWith("Node", StringComparison.Ordinal) ? name[..^4] : name.Replace("Type", string.Empty, StringComparison.Ordinal);
    }
}
