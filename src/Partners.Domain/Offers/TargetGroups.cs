using Partners.Domain.Boundaries;

namespace Partners.Domain.Offers;

/// <summary>
/// The target groups (publics cibles) offers may be restricted to (decree Art. 11 5° a), with the codes a job seeker's
/// pathway lists. Reference data: stored by a migration, in every environment.
/// </summary>
public static class TargetGroups
{
    public const string UnderTwentyFive = "YOUTH_UNDER_25";
    public const string OverFifty = "OVER_50";

    /// <summary>Groups that follow from the birth date (domain.md, "People"): computed, never stored or typed.</summary>
    public static bool IsDerived(string code) => code is UnderTwentyFive or OverFifty;

    /// <summary>Age in whole years on <paramref name="day"/>.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly day) =>
        day.Year - birthDate.Year - (day < birthDate.AddYears(day.Year - birthDate.Year) ? 1 : 0);

    /// <summary>The groups of a person on <paramref name="day"/>: the recorded ones but the derived, and the derived ones computed.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<string> recorded, DateOnly birthDate, DateOnly day) =>
        [.. recorded.Where(c => !IsDerived(c)), .. DerivedOn(birthDate, day)];

    /// <summary>The derived groups a person born on <paramref name="birthDate"/> belongs to on <paramref name="day"/>.</summary>
    public static IReadOnlyList<string> DerivedOn(DateOnly birthDate, DateOnly day) => AgeOn(birthDate, day) switch
    {
        < 25 => [UnderTwentyFive],
        > 50 => [OverFifty],
        _ => [],
    };

    public const string IntegrationIncome = "INTEGRATION_INCOME";

    public const string SocialAid = "SOCIAL_AID";

    public const string Article60 = "ARTICLE_60";

    /// <summary>The category of the fact a group code says (PATHWAY for a code that is not reference data).</summary>
    public static DataCategory CategoryOf(string code) =>
        All.FirstOrDefault(g => string.Equals(g.Code, code, StringComparison.OrdinalIgnoreCase))?.Category ?? DataCategory.Pathway;

    public static IReadOnlyList<TargetGroup> All { get; } =
    [
        new() { Id = 1, Code = "YOUTH_UNDER_25", NameFr = "Jeunes de moins de 25 ans", NameEn = "Young people under 25" },
        new() { Id = 2, Code = "LONG_TERM_JOB_SEEKERS", NameFr = "Demandeurs d'emploi de longue durée", NameEn = "Long-term job seekers" },
        new() { Id = 3, Code = "INTEGRATION_INCOME", NameFr = "Bénéficiaires du revenu d'intégration", NameEn = "Integration income beneficiaries", Category = DataCategory.Social },
        new() { Id = 4, Code = "ARTICLE_60", NameFr = "Travailleurs sous article 60 §7", NameEn = "Workers employed under article 60 §7", Category = DataCategory.Social },
        new() { Id = 5, Code = "LOW_QUALIFIED", NameFr = "Personnes peu qualifiées (sans CESS)", NameEn = "Low-qualified people (no upper secondary certificate)" },
        new() { Id = 6, Code = "OVER_50", NameFr = "Demandeurs d'emploi de plus de 50 ans", NameEn = "Job seekers over 50" },
        new() { Id = 7, Code = "DISABILITY", NameFr = "Personnes en situation de handicap", NameEn = "People with a disability", Category = DataCategory.Health },
        new() { Id = 8, Code = "NEWCOMERS", NameFr = "Primo-arrivants", NameEn = "Newcomers to Belgium" },
        new() { Id = 9, Code = "SINGLE_PARENTS", NameFr = "Familles monoparentales", NameEn = "Single parents" },
        new() { Id = 10, Code = "SOCIAL_AID", NameFr = "Bénéficiaires d'une aide sociale du CPAS", NameEn = "Social aid beneficiaries", Category = DataCategory.Social },
    ];
}
