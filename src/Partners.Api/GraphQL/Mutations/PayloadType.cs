using GraphQL.Types;
using Partners.Api.GraphQL.Errors;

namespace Partners.Api.GraphQL.Mutations;

/// <summary>
/// A mutation payload type: <c>{ &lt;field&gt;: TNode, errors: [UserError!]! }</c>. Each feature declares its own
/// sealed subclass (e.g. <c>ReferralPayload</c>) so the schema names it.
/// </summary>
public abstract class PayloadType<TNodeType, T> : ObjectGraphType<Payload<T>>
    where TNodeType : IGraphType
    where T : class
{
    protected PayloadType(string name, string field, string description)
    {
        Name = name;
        Description = description;
        Field<TNodeType>(field).Description("The object as it stands after the mutation; null when it was refused.")
            .Resolve(context => context.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("The business refusals (erreurs métier); empty when the mutation succeeded.")
            .Resolve(context => context.Source.Errors);
    }
}
