namespace Partners.Domain.Common;

/// <summary>
/// An expected business refusal: a stable <see cref="Code"/>, a message key the API layer turns into French or
/// English, the input field concerned, and the values the message needs.
/// </summary>
public sealed record DomainError(string Code, string MessageKey, string? Field = null, params object[] Args)
{
    public static DomainError NotFound(string field) => new(ErrorCodes.NotFound, "not_found", field);

    public static DomainError Forbidden() => new(ErrorCodes.Forbidden, "forbidden");

    public static DomainError Invalid(string field, string messageKey, params object[] args) =>
        new(ErrorCodes.Validation, messageKey, field, args);
}
