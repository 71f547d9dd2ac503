namespace Partners.Domain.Boundaries;

/// <summary>Message keys of the consent and boundary rules; the API layer gives each a French and an English text.</summary>
public static class ConsentMessageKeys
{
    public const string CategoriesRequired = "consent_categories_required";

    public const string ExpiryInPast = "consent_expiry_in_past";

    /// <summary>Only the Office or the person's own CPAS records a consent.</summary>
    public const string RecorderNotAllowed = "consent_recorder_not_allowed";

    public const string RecipientUnknown = "consent_recipient_unknown";
}
