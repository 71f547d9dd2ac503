using GraphQL.Types;

namespace Partners.Api.GraphQL;

/// <summary>The one schema of the platform, assembled from the feature folders' root fields.</summary>
public sealed class PartnersSchema : Schema
{
    public PartnersSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription)
        : base(services)
    {
        Description = "Partners: the GraphQL API of the Walloon partner network for job seekers (Forem, CPAS, ISP operators, Commission des opérateurs).";
        Query = query;
        // An object type without fields is not valid GraphQL: a root type appears once a feature gives it fields.
        Mutation = mutation.Fields.Count > 0 ? mutation : null;
        Subscription = subscription.Fields.Count > 0 ? subscription : null;
        // contract.md names the scalars Date (a day) and DateTime (an instant, UTC).
        RegisterTypeMapping(typeof(DateOnly), typeof(DateScalar));
        RegisterTypeMapping(typeof(DateTime), typeof(DateTimeGraphType));
    }
}
