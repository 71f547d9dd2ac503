namespace Partners.Domain.Boundaries;

/// <summary>Message keys of the consent and boundary rules; the API layer gives each a French and an English text.</summary>
public static class ConsentMessageKeys
{
    public const string CategoriesRequired = "consent_categories_required";

    public const string ExpiryInPast = "consent_expiry_in_past";

    /// <summary>The recorder does not hold the secret of a category it names (domain.md, "Consent").</summary>
    public const string CategoryNotHeld = "consent_category_not_held";

    /// <summary>The Commission never receives a person's data.</summary>
    public const string RecipientCommission = "consent_recipient_commission";

    /// <summary>The recipient holds a named category itself.</summary>
    public const string RecipientIsHolder = "consent_recipient_is_holder";

    /// <summary>The recipient's kind may not receive a named category.</summary>
    public const string RecipientNotAllowed = "consent_recipient_not_allowed";

    /// <summary>Only a holder of one of its categories withdraws a consent.</summary>
    public const string WithdrawerNotHolder = "consent_withdrawer_not_holder";

    public const string RecipientUnknown = "consent_recipient_unknown";
}
