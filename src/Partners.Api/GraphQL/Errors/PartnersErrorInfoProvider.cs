using System.Collections.Frozen;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.Errors;

/// <summary>
/// Shapes every GraphQL error: one stable <c>extensions.code</c>, no exception text or stack trace outside
/// Development, and no field suggestions ("Did you mean…") where introspection is off.
/// </summary>
public sealed class PartnersErrorInfoProvider(GraphQLOptions options) : IErrorInfoProvider
{
    private readonly ErrorInfoProvider inner = new(o =>
    {
        o.ExposeCode = true;
        o.ExposeCodes = false;
        o.ExposeData = false;
        o.ExposeExtensions = true;
        // Exception details stay in the log, in every environment.
        o.ExposeExceptionDetails = false;
    });

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var code = StableCode(executionError);
        executionError.Code = code;
        var info = inner.GetInfo(executionError);
        var message = info.Message;
        if (!options.EnableFieldSuggestions)
        {
            var index = message.IndexOf(" Did you mean", StringComparison.Ordinal);
            if (index > 0)
            {
                message = message[..index];
            }
        }

        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        extensions["code"] = code;
        if (executionError is ValidationError { Number: { } number } && executionError is not ComplexityError)
        {
            extensions["rule"] = number;
        }

        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    private static string StableCode(ExecutionError error) => error switch
    {
        ComplexityError => ErrorCodes.QueryTooComplex,
        TimeoutError => ErrorCodes.Timeout,
        UnhandledError => ErrorCodes.Internal,
        SyntaxError => ErrorCodes.ParseError,
        _ when error.Code is { Length: > 0 } code && IsOurs(code) => code,
        ValidationError or InvalidVariableError or DocumentError => ErrorCodes.Validation,
        _ => ErrorCodes.Internal,
    };

    private static readonly FrozenSet<string> OurCodes = typeof(ErrorCodes).GetFields()
        .Select(f => (string)f.GetValue(null)!).ToFrozenSet(StringComparer.Ordinal);

    private static bool IsOurs(string code) => OurCodes.Contains(code);
}
