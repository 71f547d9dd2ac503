using Partners.Api.GraphQL.Errors;

namespace Partners.Api.GraphQL.Mutations;

/// <summary>What every mutation returns (contract.md): the changed object, or the refusals and nothing written.</summary>
public sealed record Payload<T>(T? Value, IReadOnlyList<UserError> Errors)
    where T : class
{
    public static Payload<T> Ok(T value) => new(value, []);

    public static Payload<T> Refused(IReadOnlyList<UserError> errors) => new(null, errors);

    public static Payload<T> Refused(UserError error) => new(null, [error]);
}
