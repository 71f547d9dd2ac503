using Microsoft.EntityFrameworkCore;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Complaints;
using Partners.Domain.Difficulties;
using Partners.Domain.Disputes;
using Partners.Domain.Organisations;

namespace Partners.Api.Seed;

/// <summary>
/// The demo network's disputes (one per state, one inadmissible under the NONE clause of "EFT Les Ateliers du
/// Nord"), recurring difficulties and, once job seekers exist (the referrals seed makes them), complaints in each
/// state. Made through the domain's own rules, so the demo holds nothing the API would refuse.
/// </summary>
internal sealed class CommissionSeed : IDemoSeed
{
    public int Order => 60;

    public async Task SeedAsync(PartnersDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        var now = services.GetRequiredService<IClock>().UtcNow;
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Name, cancellationToken);
        var actors = organisations.ToDictionary(o => o.Key, o => new NetworkActor(o.Value.Id, o.Value.Kind, "demo-seed"));
        var seed = new CommissionSeedData(actors, now);

        var subjects = await db.Disputes.Select(d => d.Subject).ToListAsync(cancellationToken);
        foreach (var (filer, respondent, subject, moves) in seed.Disputes.Where(d => !subjects.Contains(d.Subject)))
        {
            var contract = await db.CooperationContracts.AsNoTracking()
                .Where(c => c.OperatorOrganisationId == (filer.Kind == OrganisationKind.Office ? respondent.OrganisationId : filer.OrganisationId))
                .Select(c => new DisputeContract(c.Id, c.OperatorOrganisationId, c.DisputeClause))
                .FirstAsync(cancellationToken);
            // A sub-regional matter: the operator's directorate, whose representatives are invited (Art. 16 §4).
            var region = organisations.Values.Single(o => o.Id == contract.OperatorOrganisationId).Region;
            var command = new FileDispute(
                respondent.OrganisationId, respondent.Kind, subject, $"Différend de démonstration : {subject}.", region,
                region is null ? null : $"Représentants de la Direction régionale de {region}");
            var dispute = DisputeFiling.File(command, contract, filer, now.AddDays(-20)).Dispute!;
            foreach (var move in moves)
            {
                move(dispute, contract.Clause);
            }

            db.Disputes.Add(dispute);
        }

        var titles = await db.RecurringDifficulties.Select(d => d.Title).ToListAsync(cancellationToken);
        foreach (var difficulty in seed.Difficulties().Where(d => !titles.Contains(d.Title)))
        {
            db.RecurringDifficulties.Add(difficulty);
        }

        await SeedComplaintsAsync(db, seed, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task SeedComplaintsAsync(PartnersDbContext db, CommissionSeedData seed, CancellationToken cancellationToken)
    {
        var jobSeekers = await db.JobSeekers.OrderBy(j => j.Id).Select(j => j.Id).Take(6).ToListAsync(cancellationToken);
        if (jobSeekers.Count == 0 || await db.Complaints.AnyAsync(c => c.RecordedByClientId == "demo-seed", cancellationToken))
        {
            // No person to complain yet (the referrals seed makes them), or the demo complaints are there already.
            return;
        }

        var engagements = await db.Engagements.AsNoTracking().ToListAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Name, cancellationToken);
        foreach (var (complaint, index) in seed.Complaints.Select((c, i) => (c, i)))
        {
            var respondent = organisations[complaint.Respondent];
            var command = new FileComplaint(
                jobSeekers[index % jobSeekers.Count], respondent.Id, respondent.Kind, complaint.EngagementCode,
                complaint.Description, null, DateOnly.FromDateTime(seed.Now).AddDays(-complaint.DaysAgo), respondent.Region);
            var filed = ComplaintFiling.File(command, engagements, seed.Office, ComplaintPeriods.Default, seed.Now).Value!;
            foreach (var move in complaint.Moves)
            {
                move(filed, seed.Actors[complaint.Respondent]);
            }

            db.Complaints.Add(filed);
        }
    }
}
