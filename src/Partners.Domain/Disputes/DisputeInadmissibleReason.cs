namespace Partners.Domain.Disputes;

/// <summary>Why a dispute was recorded as inadmissible (irrecevable).</summary>
public enum DisputeInadmissibleReason
{
    /// <summary>The cooperation contract gives the Commission no role in disputes (Art. 16 §2 4°, clause NONE).</summary>
    NoCommissionClause,
}
