namespace Partners.Domain.Difficulties;

/// <summary>The message keys of recurring-difficulty refusals; the API layer maps each to French and English.</summary>
public static class DifficultyMessageKeys
{
    /// <summary>FORBIDDEN: the Office and the operators report difficulties; the Commission receives them.</summary>
    public const string ReporterNotAParty = "difficulty.reporter_not_a_party";

    /// <summary>FORBIDDEN: only the Commission acknowledges or closes a difficulty.</summary>
    public const string CommissionOnly = "difficulty.commission_only";

    /// <summary>VALIDATION on <c>title</c>: empty.</summary>
    public const string TitleRequired = "difficulty.title_required";

    /// <summary>VALIDATION on <c>description</c>: empty.</summary>
    public const string DescriptionRequired = "difficulty.description_required";

    /// <summary>VALIDATION on the field named: longer than allowed. Args: maximum length.</summary>
    public const string TextTooLong = "difficulty.text_too_long";

    /// <summary>INVALID_TRANSITION. Args: from, to.</summary>
    public const string InvalidTransition = "difficulty.invalid_transition";
}
