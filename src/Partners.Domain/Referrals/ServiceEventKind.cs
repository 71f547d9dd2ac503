namespace Partners.Domain.Referrals;

/// <summary>The kinds of event an operator reports during a service (suivi, decree Art. 14 6°).</summary>
public enum ServiceEventKind
{
    Absence,
    Incident,
    ProgressNote,
    AdjustmentProposal,
    Other,
}
