using GraphQL.Types;
using GraphQL.Validation;
using Partners.Api.Localization;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.Mutations;

/// <summary>
/// The declared lengths (<see cref="InputLimits"/>) on the read side: a query or subscription argument longer than its
/// limit (a 100,000-character <c>search</c>) is a VALIDATION error before any resolver runs.
/// </summary>
public static class InputLimitsValidation
{
    /// <summary>Guards every field of <paramref name="root"/> that takes arguments.</summary>
    public static void Guard(IComplexGraphType root)
    {
        foreach (var field in root.Fields.Where(f => f.Arguments?.Count > 0))
        {
            var previous = field.ValidateArguments;
            field.ValidateArguments = async context =>
            {
                Report(context);
                if (previous is not null)
                {
                    await previous(context);
                }
            };
        }
    }

    private static void Report(FieldArgumentsValidationContext context)
    {
        var errors = InputLimits.Check(context.FieldDefinition.Arguments, context.Arguments);
        if (errors.Count == 0)
        {
            return;
        }

        var messages = context.RequestServices!.GetRequiredService<Messages>();
        var language = (context.ValidationContext.UserContext as PartnersUserContext)?.Language ?? Language.French;
        foreach (var error in errors)
        {
            context.ReportError(new ValidationError(context.ValidationContext.Document.Source, "input-limits",
                $"{error.Field}: {messages.Get(error.MessageKey, language, error.Args)}", context.FieldAst) { Code = ErrorCodes.Validation });
        }
    }
}
