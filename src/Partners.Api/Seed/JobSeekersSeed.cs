using Microsoft.EntityFrameworkCore;
using Partners.Data;
using Partners.Domain.JobSeekers;
using Partners.Domain.Organisations;

namespace Partners.Api.Seed;

/// <summary>
/// 60 demo job seekers with the four data categories filled: every fourth followed by the CPAS of their town (SOCIAL),
/// a few on a specific pathway (HEALTH), five covered by the Verlaine reconversion plan.
/// </summary>
internal sealed class JobSeekersSeed : IDemoSeed
{
    public int Order => 30;

    public async Task SeedAsync(PartnersDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        var existing = (await db.JobSeekers.Select(j => j.Niss).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var cpas = await db.Organisations.Where(o => o.Kind == OrganisationKind.Cpas).ToDictionaryAsync(o => o.Region!.Value, o => o.Id, cancellationToken);
        foreach (var (person, index) in DemoJobSeekers.All.Select((p, i) => (p, i)).Where(x => !existing.Contains(x.p.Niss)))
        {
            var jobSeeker = JobSeeker.Create(person.Niss, new JobSeekerIdentity
            {
                FirstName = person.FirstName, LastName = person.LastName, BirthDate = person.BirthDate, Municipality = person.Municipality,
                PostalCode = person.PostalCode, Email = $"{person.FirstName[..1].ToLowerInvariant()}.{index}@example.org",
            }, person.Region).Value!;
            jobSeeker.Pathway.RegisteredOn = new DateOnly(2025, 1 + index % 12, 1 + index % 27);
            jobSeeker.Pathway.AccompanimentType = (AccompanimentType)(index % 4);
            jobSeeker.Pathway.ReferentCounsellorName = index % 2 == 0 ? "Claire Jacquet" : "Marc Thiry";
            jobSeeker.Pathway.TargetGroupCodes.AddRange(person.TargetGroups);
            jobSeeker.Pathway.ProfessionalObjectives.Add(new ProfessionalObjective { Title = person.Objective });
            if (person.FollowedByCpas && cpas.TryGetValue(person.Region, out var cpasId))
            {
                jobSeeker.Social.CpasOrganisationId = cpasId;
                jobSeeker.Social.FollowedByCpas = true;
                jobSeeker.Social.ReceivesIntegrationIncome = index % 8 == 0;
                jobSeeker.Social.EmployedUnderArticle60 = index % 8 == 4;
            }

            if (index % 10 == 3)
            {
                jobSeeker.Health.Record(new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31), null, null, null,
                    "Limitations de la mobilité (d450) ; capacités préservées en communication (d3).", DateOnly.FromDateTime(DateTime.UtcNow));
            }

            db.JobSeekers.Add(jobSeeker);
        }

        await db.SaveChangesAsync(cancellationToken);
        await CoverReconversionWorkersAsync(db, cancellationToken);
    }

    /// <summary>The dismissed workers of the Verlaine plan: the last five demo people.</summary>
    private static async Task CoverReconversionWorkersAsync(PartnersDbContext db, CancellationToken cancellationToken)
    {
        var plan = await db.ReconversionPlans.OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return;
        }

        var workers = DemoJobSeekers.All.TakeLast(5).Select(p => p.Niss).ToList();
        foreach (var id in await db.JobSeekers.Where(j => workers.Contains(j.Niss)).Select(j => j.Id).ToListAsync(cancellationToken))
        {
            plan.Cover(id);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
