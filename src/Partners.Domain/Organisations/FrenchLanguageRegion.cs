namespace Partners.Domain.Organisations;

/// <summary>
/// Where the decree applies (Art. 1): the French-language region, divided into the Office's directorates. The German-
/// speaking region (postal codes 4700–4799: Eupen, Kelmis, Lontzen, Raeren, Bütgenbach, Büllingen, Amel, Sankt Vith,
/// Burg-Reuland) is out of scope. A postal code must lie in its directorate's province; a province with several
/// directorates accepts any of them (the boundaries between them follow municipalities, not postal-code ranges).
/// </summary>
public static class FrenchLanguageRegion
{
    public const string OutsideRegion = "outside_french_language_region";
    public const string OutsideDirectorate = "postal_code_outside_directorate";

    private static readonly string[] GermanSpeakingMunicipalities =
        ["Eupen", "Kelmis", "La Calamine", "Lontzen", "Raeren", "Amel", "Amblève", "Büllingen", "Bullange", "Burg-Reuland", "Bütgenbach", "Butgenbach", "Sankt Vith", "Sankt-Vith", "Saint-Vith"];

    private static readonly (int From, int To, Region[] Directorates)[] Provinces =
    [
        (1300, 1499, [Region.Nivelles]),                                                                  // Walloon Brabant
        (4000, 4699, [Region.Liege, Region.Huy, Region.Verviers]),                                          // Liège (French-speaking)
        (4800, 4999, [Region.Verviers, Region.Liege]),
        (5000, 5999, [Region.Namur, Region.Huy, Region.Charleroi]),                                         // Namur
        (6000, 6599, [Region.Charleroi, Region.LaLouviere, Region.Namur]),                                  // Hainaut (east)
        (6600, 6999, [Region.Arlon]),                                                                     // Luxembourg
        (7000, 7999, [Region.Mons, Region.LaLouviere, Region.Tournai, Region.Mouscron, Region.Charleroi]), // Hainaut (west)
    ];

    /// <summary>Null when the place lies in <paramref name="directorate"/>; otherwise the message key of the refusal.</summary>
    public static string? Check(string? postalCode, string? municipality, Region directorate)
    {
        if (municipality is not null && GermanSpeakingMunicipalities.Contains(municipality.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            return OutsideRegion;
        }

        if (!int.TryParse(postalCode?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code))
        {
            return OutsideRegion;
        }

        var province = Array.Find(Provinces, p => p.From <= code && code <= p.To);
        if (province.Directorates is null)
        {
            return OutsideRegion;
        }

        return province.Directorates.Contains(directorate) ? null : OutsideDirectorate;
    }
}
