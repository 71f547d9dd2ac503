using Microsoft.EntityFrameworkCore;
using Partners.Data;
using Partners.Domain.Contracts;

namespace Partners.Api.Seed;

/// <summary>
/// The demo network's cooperation contracts (contrats de coopération, décret du 12 janvier 2012, art. 11): one per
/// operator with the Office, each dispute clause (art. 11 8°) represented as contract.md's demo clients require.
/// </summary>
internal sealed class ContractsSeed : IDemoSeed
{
    public static IReadOnlyList<(string Operator, DisputeClause Clause)> Contracts { get; } =
    [
        (DemoOrganisations.CpasLiege, DisputeClause.Mediation),
        (DemoOrganisations.CpasCharleroi, DisputeClause.MediationAndArbitration),
        (DemoOrganisations.IspWithClause, DisputeClause.MediationAndArbitration),
        (DemoOrganisations.IspNoClause, DisputeClause.None),
        (DemoOrganisations.IspThird, DisputeClause.Mediation),
        (DemoOrganisations.ReconversionUnit, DisputeClause.Mediation),
    ];

    public int Order => 5;

    public async Task SeedAsync(PartnersDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Name, o => o.Id, cancellationToken);
        var office = organisations[DemoOrganisations.Office];
        var existing = await db.CooperationContracts.Select(c => c.OperatorOrganisationId).ToListAsync(cancellationToken);
        foreach (var (name, clause) in Contracts)
        {
            var operatorId = organisations[name];
            if (existing.Contains(operatorId))
            {
                continue;
            }

            db.CooperationContracts.Add(new CooperationContract
            {
                OfficeOrganisationId = office,
                OperatorOrganisationId = operatorId,
                ValidFrom = new DateOnly(2025, 1, 1),
                ValidUntil = new DateOnly(2030, 12, 31),
                AdheresToEthicsCharter = true,
                DisputeClause = clause,
                Status = ContractStatus.Active,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
