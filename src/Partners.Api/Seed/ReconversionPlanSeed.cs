using Microsoft.EntityFrameworkCore;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Reconversion;

namespace Partners.Api.Seed;

/// <summary>
/// The plan of the demo reconversion unit (décret du 29 janvier 2004, art. 11): one year from three months ago, so it
/// runs whenever the demo starts.
/// </summary>
internal sealed class ReconversionPlanSeed : IDemoSeed
{
    public const string Employer = "Verlaine Industries SA";
    public const string EmployerEnterpriseNumber = "0480123472";

    public int Order => 7;

    public async Task SeedAsync(PartnersDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (await db.ReconversionPlans.AnyAsync(p => p.EmployerEnterpriseNumber == EmployerEnterpriseNumber, cancellationToken))
        {
            return;
        }

        var unit = await db.Organisations.SingleAsync(o => o.Name == DemoOrganisations.ReconversionUnit, cancellationToken);
        var today = services.GetRequiredService<IClock>().Today;
        var startsOn = new DateOnly(today.Year, today.Month, 1).AddMonths(-3);
        var plan = ReconversionPlan.Create(unit.Id, Employer, EmployerEnterpriseNumber, startsOn, startsOn.AddYears(1).AddDays(-1));
        db.ReconversionPlans.Add(plan.Value ?? throw new InvalidOperationException("The demo reconversion plan is invalid."));
        await db.SaveChangesAsync(cancellationToken);
    }
}
