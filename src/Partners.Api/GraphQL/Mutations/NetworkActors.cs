using GraphQL;
using Partners.Api.GraphQL;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.Mutations;

public static class NetworkActors
{
    /// <summary>The caller as the domain's actor: organisation, kind and client from the token, never from an argument.</summary>
    public static NetworkActor Actor(this IResolveFieldContext context) => context.Caller().Actor;
}
