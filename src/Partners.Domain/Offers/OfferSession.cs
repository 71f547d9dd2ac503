namespace Partners.Domain.Offers;

/// <summary>One dated session of an offer's calendar (calendrier, decree Art. 11 5° b).</summary>
public sealed class OfferSession
{
    public long Id { get; set; }

    public required DateTime StartsAt { get; set; }

    public required DateTime EndsAt { get; set; }

    /// <summary>Where, when it differs from the offer's address.</summary>
    public string? Location { get; set; }
}
