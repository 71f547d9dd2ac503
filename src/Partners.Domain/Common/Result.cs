namespace Partners.Domain.Common;

/// <summary>The outcome of a rule: a value, or the business errors that refused it (conventions.md §6).</summary>
public readonly record struct Result<T>
{
    private Result(T? value, IReadOnlyList<DomainError> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<DomainError> Errors { get; }

    public bool IsSuccess => Errors.Count == 0;

    public static Result<T> Success(T value) => new(value, []);

    public static Result<T> Failure(params DomainError[] errors) => new(default, errors);

    public static implicit operator Result<T>(DomainError error) => Failure(error);
}
