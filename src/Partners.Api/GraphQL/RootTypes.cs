using GraphQL.Types;

namespace Partners.Api.GraphQL;

/// <summary>A feature's root query fields. Each feature folder adds its own; no central file lists them.</summary>
public interface IQueryFields
{
    void AddTo(QueryType query);
}

/// <summary>A feature's root mutation fields.</summary>
public interface IMutationFields
{
    void AddTo(MutationType mutation);
}

/// <summary>A feature's root subscription fields.</summary>
public interface ISubscriptionFields
{
    void AddTo(SubscriptionType subscription);
}

public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IQueryFields> parts)
    {
        Name = "Query";
        Description = "The read side of the Partners platform (plateforme des partenaires, décret du 12 janvier 2012).";
        foreach (var part in parts.OrderBy(p => p.GetType().FullName, StringComparer.Ordinal))
        {
            part.AddTo(this);
        }

        Mutations.InputLimitsValidation.Guard(this);
    }
}

public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IMutationFields> parts)
    {
        Name = "Mutation";
        Description = "The changes partners make; each takes one `input` and returns a payload with `errors`.";
        foreach (var part in parts.OrderBy(p => p.GetType().FullName, StringComparer.Ordinal))
        {
            part.AddTo(this);
        }
    }
}

public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType(IEnumerable<ISubscriptionFields> parts)
    {
        Name = "Subscription";
        Description = "Live updates over WebSocket (graphql-transport-ws).";
        foreach (var part in parts.OrderBy(p => p.GetType().FullName, StringComparer.Ordinal))
        {
            part.AddTo(this);
        }
    }
}
