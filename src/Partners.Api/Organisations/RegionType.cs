using Partners.Api.GraphQL;
using Partners.Domain.Organisations;

namespace Partners.Api.Organisations;

public sealed class RegionType : EnumType<Region>
{
    public RegionType()
    {
        Name = "Region";
        Description = "A regional directorate of the Office (Direction régionale du Forem) in the French-language region (art. 1).";
        foreach (var (value, name) in new[]
        {
            ("ARLON", "Arlon"), ("CHARLEROI", "Charleroi"), ("HUY", "Huy"), ("LA_LOUVIERE", "La Louvière"),
            ("LIEGE", "Liège"), ("MONS", "Mons"), ("MOUSCRON", "Mouscron"), ("NAMUR", "Namur"),
            ("NIVELLES", "Nivelles"), ("TOURNAI", "Tournai"), ("VERVIERS", "Verviers"),
        })
        {
            Values[value]!.Description = $"Direction régionale du Forem : {name}.";
        }
    }
}
