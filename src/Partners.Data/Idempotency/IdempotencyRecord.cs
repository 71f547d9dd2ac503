namespace Partners.Data.Idempotency;

/// <summary>
/// A mutation that succeeded under an <c>Idempotency-Key</c>: a retry with the same key and input answers the
/// object's current state instead of running again.
/// </summary>
public sealed class IdempotencyRecord
{
    public long Id { get; set; }

    public required string ClientId { get; init; }

    public required string Key { get; init; }

    /// <summary>The mutation field, e.g. <c>referJobSeeker</c>.</summary>
    public required string Operation { get; init; }

    /// <summary>SHA-256 of the input, so a key reused for another input is refused.</summary>
    public required string InputHash { get; init; }

    public required long ResultId { get; init; }

    public required DateTime CreatedAt { get; init; }
}
