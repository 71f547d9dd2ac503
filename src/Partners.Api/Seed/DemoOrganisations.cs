using Partners.Domain.Organisations;

namespace Partners.Api.Seed;

/// <summary>The names of the demo network's organisations, shared by the seed parts and the tests.</summary>
public static class DemoOrganisations
{
    public const string Office = "Le Forem";
    public const string CpasLiege = "CPAS de Liège";
    public const string CpasCharleroi = "CPAS de Charleroi";
    public const string IspWithClause = "CISP Horizon Formation";
    public const string IspNoClause = "EFT Les Ateliers du Nord";
    public const string IspThird = "OISP Tremplin Namur";
    public const string ReconversionUnit = "Cellule de reconversion Verlaine";
    public const string Commission = "Commission des opérateurs";

    public static IReadOnlyList<Organisation> All { get; } =
    [
        new() { Name = Office, Kind = OrganisationKind.Office, EnterpriseNumber = "0236363165", Region = null },
        new() { Name = CpasLiege, Kind = OrganisationKind.Cpas, EnterpriseNumber = "0207655521", Region = Region.Liege },
        new() { Name = CpasCharleroi, Kind = OrganisationKind.Cpas, EnterpriseNumber = "0207656907", Region = Region.Charleroi },
        new() { Name = IspWithClause, Kind = OrganisationKind.IspOperator, EnterpriseNumber = "0450123451", Region = Region.Liege },
        new() { Name = IspNoClause, Kind = OrganisationKind.IspOperator, EnterpriseNumber = "0460234514", Region = Region.Mons },
        new() { Name = IspThird, Kind = OrganisationKind.IspOperator, EnterpriseNumber = "0470345674", Region = Region.Namur },
        new() { Name = ReconversionUnit, Kind = OrganisationKind.ReconversionUnit, EnterpriseNumber = null, Region = Region.Charleroi },
        new() { Name = Commission, Kind = OrganisationKind.Commission, EnterpriseNumber = null, Region = null },
    ];
}
