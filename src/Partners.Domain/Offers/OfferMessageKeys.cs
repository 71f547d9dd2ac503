namespace Partners.Domain.Offers;

/// <summary>Message keys of the offer rules; the API layer maps each to a French and an English text.</summary>
public static class OfferMessageKeys
{
    /// <summary>VALIDATION on <c>capacity</c> at publication: at least one seat (Art. 11 5°).</summary>
    public const string PublicationNeedsCapacity = "offer_publication_needs_capacity";

    /// <summary>VALIDATION on <c>sessions</c> at publication: dates or sessions (Art. 11 5° b).</summary>
    public const string PublicationNeedsCalendar = "offer_publication_needs_calendar";

    /// <summary>VALIDATION at publication: a legal content field is empty (Art. 11 5°).</summary>
    public const string PublicationNeedsContent = "offer_publication_needs_content";

    /// <summary>Args: from, to.</summary>
    public const string InvalidTransition = "offer_invalid_transition";

    /// <summary>Only the operator that owns the offer may change it.</summary>
    public const string NotOwner = "offer_not_owner";

    /// <summary>The contract given is not the offer's contract, or is not active today.</summary>
    public const string ContractNotActive = "offer_contract_not_active";

    /// <summary>No seat left to take.</summary>
    public const string NoSeatsLeft = "offer_no_seats_left";

    /// <summary>Args: field.</summary>
    public const string Required = "required";

    public const string EndBeforeStart = "end_before_start";

    public const string NegativeCapacity = "capacity_negative";
}
