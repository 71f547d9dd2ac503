using Partners.Data.Events;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.Mutations;

/// <summary>
/// What a mutation's body decides (<see cref="MutationPipeline"/>): the object to answer, with the events its change
/// produces, or the domain's refusals (nothing is written). A body that changes nothing (a repeated move) answers the
/// object as it stands.
/// </summary>
public sealed class Change<T>
    where T : class
{
    private Change(T? value, IReadOnlyList<DomainError> errors, Func<T, IEnumerable<OutboxEvent>>? events)
    {
        Value = value;
        Errors = errors;
        Events = events;
    }

    /// <summary>The object after the change; null when refused.</summary>
    public T? Value { get; }

    /// <summary>The refusals; empty with a value.</summary>
    public IReadOnlyList<DomainError> Errors { get; }

    /// <summary>The events of the change, built after the change is saved (a new subject has its id then).</summary>
    public Func<T, IEnumerable<OutboxEvent>>? Events { get; }

    /// <summary>The object to answer, with the events of its change (none when nothing changed).</summary>
    public static Change<T> Ok(T value, Func<T, IEnumerable<OutboxEvent>>? events = null) => new(value, [], events);

    public static Change<T> Refused(IEnumerable<DomainError> errors) => new(null, [.. errors], null);

    /// <summary>NOT_FOUND on an input id: unknown, of another type, or not visible to the caller (never "forbidden").</summary>
    public static Change<T> NotFound(string field) => new(null, [DomainError.NotFound(field)], null);

    /// <summary>The domain's verdict: refused as it is, or the object with the events of its change.</summary>
    public static Change<T> Of(Result<T> result, Func<T, IEnumerable<OutboxEvent>>? events = null) =>
        result.IsSuccess ? Ok(result.Value!, events) : Refused(result.Errors);

    public static implicit operator Change<T>(DomainError error) => new(null, [error], null);
}
