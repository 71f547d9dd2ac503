namespace Partners.Domain.Offers;

/// <summary>
/// An information session (séance d'information) or an intake (accueil) that an offer's operator holds for job seekers
/// (decree Art. 10 3°, 14 3°); people are registered for it within its seats (<see cref="SessionRegistration"/>).
/// </summary>
public sealed class InformationSession
{
    public long Id { get; set; }

    public SessionKind Kind { get; set; } = SessionKind.Information;

    public required DateTime StartsAt { get; set; }

    public required string Location { get; set; }

    public string? Description { get; set; }

    /// <summary>How many people may register (Art. 10 3°); null when the room sets no limit.</summary>
    public int? Seats { get; set; }
}

/// <summary>What the session is (decree Art. 10 3°: "l'inscription aux accueils ou aux séances d'information").</summary>
public enum SessionKind
{
    /// <summary>An information session (séance d'information) presenting the offer.</summary>
    Information,

    /// <summary>An intake (accueil) where the operator receives candidates.</summary>
    Intake,
}
