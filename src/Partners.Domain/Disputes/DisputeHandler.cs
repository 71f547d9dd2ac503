namespace Partners.Domain.Disputes;

/// <summary>Who may make a move of the dispute state machine.</summary>
public enum DisputeHandler
{
    /// <summary>The Commission des opérateurs, which mediates and arbitrates (Art. 16 §2 4°).</summary>
    Commission,

    /// <summary>The party that filed the dispute.</summary>
    Filer,
}
