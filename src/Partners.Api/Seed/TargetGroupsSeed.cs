using Microsoft.EntityFrameworkCore;
using Partners.Data;
using Partners.Domain.Offers;

namespace Partners.Api.Seed;

/// <summary>The target groups (publics cibles) offers may be restricted to (art. 11 5° a), with the codes a job seeker's pathway lists.</summary>
internal sealed class TargetGroupsSeed : IDemoSeed
{
    public static IReadOnlyList<TargetGroup> All { get; } =
    [
        new() { Code = "YOUTH_UNDER_25", NameFr = "Jeunes de moins de 25 ans", NameEn = "Young people under 25" },
        new() { Code = "LONG_TERM_JOB_SEEKERS", NameFr = "Demandeurs d'emploi de longue durée", NameEn = "Long-term job seekers" },
        new() { Code = "INTEGRATION_INCOME", NameFr = "Bénéficiaires du revenu d'intégration", NameEn = "Integration income beneficiaries" },
        new() { Code = "ARTICLE_60", NameFr = "Travailleurs sous article 60 §7", NameEn = "Workers employed under article 60 §7" },
        new() { Code = "LOW_QUALIFIED", NameFr = "Personnes peu qualifiées (sans CESS)", NameEn = "Low-qualified people (no upper secondary certificate)" },
        new() { Code = "OVER_50", NameFr = "Demandeurs d'emploi de plus de 50 ans", NameEn = "Job seekers over 50" },
        new() { Code = "DISABILITY", NameFr = "Personnes en situation de handicap", NameEn = "People with a disability" },
        new() { Code = "NEWCOMERS", NameFr = "Primo-arrivants", NameEn = "Newcomers to Belgium" },
        new() { Code = "SINGLE_PARENTS", NameFr = "Familles monoparentales", NameEn = "Single parents" },
    ];

    public int Order => 6;

    public async Task SeedAsync(PartnersDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        var existing = await db.TargetGroups.Select(g => g.Code).ToListAsync(cancellationToken);
        db.TargetGroups.AddRange(All.Where(g => !existing.Contains(g.Code))
            .Select(g => new TargetGroup { Code = g.Code, NameFr = g.NameFr, NameEn = g.NameEn }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
