using GraphQL.Builders;
using GraphQL.Types;

namespace Partners.Api.GraphQL.Mutations;

public static class MutationFieldExtensions
{
    /// <summary>A mutation in the contract's shape: one non-null <c>input</c>, a non-null payload.</summary>
    public static FieldBuilder<object?, object> Mutation<TInputType, TPayloadType>(this MutationType mutation, string name, string description)
        where TInputType : IInputObjectGraphType
        where TPayloadType : IGraphType =>
        mutation.Field<NonNullGraphType<TPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input", "The mutation's input.");
}
