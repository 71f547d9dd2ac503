namespace Partners.Domain.Offers;

/// <summary>An information session (séance d'information, decree Art. 10 3°) that presents an offer to job seekers.</summary>
public sealed class InformationSession
{
    public long Id { get; set; }

    public required DateTime StartsAt { get; set; }

    public required string Location { get; set; }

    public string? Description { get; set; }
}
