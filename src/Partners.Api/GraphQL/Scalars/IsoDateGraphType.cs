using GraphQL.Types;

namespace Partners.Api.GraphQL.Scalars;

/// <summary>
/// A calendar day. GraphQL.NET names its <see cref="DateOnly"/> scalar <c>DateOnly</c>; contract.md promises
/// <c>Date</c> (ISO 8601, <c>yyyy-MM-dd</c>), so every day field and argument uses this type instead.
/// </summary>
public sealed class IsoDateGraphType : DateOnlyGraphType
{
    public IsoDateGraphType()
    {
        Name = "Date";
        Description = "A calendar day, ISO 8601 (yyyy-MM-dd).";
    }
}
