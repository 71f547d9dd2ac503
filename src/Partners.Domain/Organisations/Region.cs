namespace Partners.Domain.Organisations;

/// <summary>Forem's regional directorates (Directions régionales) of the French-language region (decree Art. 1).</summary>
public enum Region
{
    Arlon,
    Charleroi,
    Huy,
    LaLouviere,
    Liege,
    Mons,
    Mouscron,
    Namur,
    Nivelles,
    Tournai,
    Verviers,
}
