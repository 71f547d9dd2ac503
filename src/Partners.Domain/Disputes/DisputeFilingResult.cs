using Partners.Domain.Common;

namespace Partners.Domain.Disputes;

/// <summary>
/// The outcome of filing a dispute. Unlike other refusals, an inadmissible dispute is recorded: it comes back
/// with <see cref="Dispute"/> set (status INADMISSIBLE) <em>and</em> the NO_COMMISSION_CLAUSE error, so the
/// filing leaves a trace and the payload still tells the client why. Any other error records nothing.
/// </summary>
public sealed record DisputeFilingResult(Dispute? Dispute, IReadOnlyList<DomainError> Errors)
{
    /// <summary>A dispute row is to be saved (filed or inadmissible).</summary>
    public bool IsRecorded => Dispute is not null;

    /// <summary>Recorded and admissible: no error at all.</summary>
    public bool IsAdmissible => Dispute is not null && Errors.Count == 0;
}
