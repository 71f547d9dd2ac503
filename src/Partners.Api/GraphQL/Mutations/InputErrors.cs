using GraphQL;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Errors;
using Partners.Api.GraphQL.Mutations;
using Partners.Data;
using Partners.Data.Events;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.Mutations;

/// <summary>
/// The bridge from the domain's refusals to a payload. The domain names bare fields (<c>engagementCode</c>); the
/// contract's <c>UserError.field</c> is a path from the mutation's argument (<c>input.engagementCode</c>).
/// </summary>
public static class InputErrors
{
    public static IReadOnlyList<UserError> ToInputErrors(this IEnumerable<DomainError> errors, IResolveFieldContext context) =>
        errors.Select(e => e.Field is { } field && !field.StartsWith("input.", StringComparison.Ordinal) ? e with { Field = "input." + field } : e)
            .ToUserErrors(context);

    /// <summary>NOT_FOUND on an input id: unknown, of another type, or not visible to the caller (never "forbidden").</summary>
    public static Payload<T> NotFound<T>(IResolveFieldContext context, string field)
        where T : class =>
        Payload<T>.Refused(DomainError.NotFound("input." + field).ToUserError(context));

    /// <summary>
    /// Runs one move of a loaded object: not found when the caller may not see it, the domain's refusals as they
    /// are (nothing saved), otherwise saved in one unit of work.
    /// </summary>
    public static async Task<Payload<T>> MoveAsync<T>(
        IResolveFieldContext context, T? entity, string idField, Func<T, Result<T>> move, Func<T, IEnumerable<OutboxEvent>>? events = null)
        where T : class
    {
        if (entity is null)
        {
            return NotFound<T>(context, idField);
        }

        var result = move(entity);
        if (!result.IsSuccess)
        {
            return Payload<T>.Refused(result.Errors.ToInputErrors(context));
        }

        return await SaveAsync(context, entity, [], events);
    }

    /// <summary>Saves the unit of work (with the <paramref name="events"/> it produces) and returns <paramref name="entity"/> with <paramref name="errors"/>, or the conflict.</summary>
    public static async Task<Payload<T>> SaveAsync<T>(
        IResolveFieldContext context, T entity, IReadOnlyList<UserError> errors, Func<T, IEnumerable<OutboxEvent>>? events = null)
        where T : class
    {
        var db = context.Service<PartnersDbContext>();
        var conflict = events is null ? await db.SaveAsync(context) : await db.SaveAsync(context, () => events(entity));
        return conflict is null ? new Payload<T>(entity, errors) : Payload<T>.Refused(conflict);
    }
}
