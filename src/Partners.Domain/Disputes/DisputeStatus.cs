namespace Partners.Domain.Disputes;

/// <summary>The states of a dispute (différend, decree Art. 16 §2 4°; domain.md, "Dispute").</summary>
public enum DisputeStatus
{
    Filed,
    InMediation,
    Settled,
    InArbitration,
    Decided,
    Inadmissible,
    Withdrawn,
}
