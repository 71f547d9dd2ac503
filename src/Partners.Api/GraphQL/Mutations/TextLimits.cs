using GraphQL;
using Partners.Api.GraphQL.Errors;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.Mutations;

/// <summary>
/// Input texts longer than their column: refused as VALIDATION on their field before anything is written, rather
/// than failing in the database (SQL Server enforces the lengths SQLite ignores).
/// </summary>
public static class TextLimits
{
    /// <summary>The longest free text a workflow note, motivation or summary may hold (the history's column).</summary>
    public const int Text = 2000;

    public static IReadOnlyList<UserError> Check(IResolveFieldContext context, params (string Field, string? Value, int Max)[] texts) =>
        [.. texts.Where(t => t.Value is { Length: var length } && length > t.Max)
            .Select(t => DomainError.Invalid(t.Field, "too_long", t.Max).ToUserError(context))];
}
