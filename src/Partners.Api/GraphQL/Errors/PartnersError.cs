using GraphQL;
using Partners.Api.Localization;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.Errors;

/// <summary>Builds GraphQL errors and payload errors with a stable code and a message in the caller's language.</summary>
public static class PartnersError
{
    public static ExecutionError Execution(IResolveFieldContext context, string code, string messageKey, params object?[] args)
    {
        var messages = context.Service<Messages>();
        return new ExecutionError(messages.Get(messageKey, context.Partners().Language, args)) { Code = code };
    }

    public static ExecutionError NotFound(IResolveFieldContext context) =>
        Execution(context, ErrorCodes.NotFound, "not_found");

    public static UserError ToUserError(this DomainError error, IResolveFieldContext context)
    {
        var messages = context.Service<Messages>();
        return new UserError(error.Code, messages.Get(error.MessageKey, context.Partners().Language, error.Args), error.Field);
    }

    public static IReadOnlyList<UserError> ToUserErrors(this IEnumerable<DomainError> errors, IResolveFieldContext context) =>
        [.. errors.Select(e => e.ToUserError(context))];
}
