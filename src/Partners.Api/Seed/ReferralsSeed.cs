using Microsoft.EntityFrameworkCore;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Offers;
using Partners.Domain.Organisations;
using Partners.Domain.Referrals;

namespace Partners.Api.Seed;

/// <summary>
/// Demo referrals in every state of domain.md's table, made by the domain's own moves (so each has its history): a
/// full round for each demo operator client's organisation (CISP Horizon Formation, CPAS de Liège, EFT Les Ateliers
/// du Nord) and one over all published offers. The SENT and RECEIVED ones of the first two rounds are overdue.
/// Seats are the offers' seeded figures: the seed does not take more.
/// </summary>
internal sealed class ReferralsSeed : IDemoSeed
{
    public int Order => 40;

    public async Task SeedAsync(PartnersDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (await db.Referrals.AnyAsync(cancellationToken))
        {
            return;
        }

        var clock = services.GetRequiredService<IClock>();
        var eligibility = new ReferralEligibility(clock);
        var office = await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.Office, cancellationToken);
        var kinds = await db.Organisations.ToDictionaryAsync(o => o.Id, o => o.Kind, cancellationToken);
        var offers = await db.Offers.Include(o => o.TargetGroups).Where(o => o.Status == OfferStatus.Published).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var contracts = await db.CooperationContracts.ToDictionaryAsync(c => c.Id, cancellationToken);
        var plans = await db.ReconversionPlans.ToListAsync(cancellationToken);
        var people = await db.JobSeekers.OrderBy(j => j.Id).ToListAsync(cancellationToken);
        if (offers.Count == 0 || people.Count == 0)
        {
            return;
        }

        var counsellor = new ReferralActor(office.Id, "forem-demo", "counsellor-claire");
        var options = services.GetRequiredService<ReferralOptions>();
        var person = 0;
        var operatorIds = await db.Organisations.ToDictionaryAsync(o => o.Name, o => o.Id, cancellationToken);
        string?[] rounds = [DemoOrganisations.IspWithClause, DemoOrganisations.CpasLiege, DemoOrganisations.IspNoClause, null];
        for (var round = 0; round < rounds.Length; round++)
        {
            var pool = offers.Where(o => rounds[round] is not { } name || o.OperatorOrganisationId == operatorIds[name]).ToList();
            pool = pool.Count > 0 ? pool : offers;
            foreach (var status in Enum.GetValues<ReferralStatus>())
            {
                // The first two rounds are dated three weeks back, so their unanswered referrals are overdue.
                var at = clock.UtcNow.AddDays(round < 2 ? -21 : -round);
                var offer = pool[(round + (int)status) % pool.Count];
                for (var tries = 0; tries < people.Count; tries++, person++)
                {
                    var candidate = people[person % people.Count];
                    var verdict = eligibility.Check(new(offer, offer.ContractId is { } contractId ? contracts[contractId] : null, kinds[offer.OperatorOrganisationId], candidate, plans));
                    if (!verdict.IsSuccess)
                    {
                        continue;
                    }

                    var referral = Referral.Create(verdict.Value!, candidate.Pathway.ProfessionalObjectives.FirstOrDefault()?.Title ?? "Emploi", null, counsellor, at, options).Value!;
                    Bring(referral, status, new ReferralActor(offer.OperatorOrganisationId, "operator-demo"), counsellor, at.AddDays(1));
                    db.Referrals.Add(referral);
                    person++;
                    break;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Bring(Referral referral, ReferralStatus status, ReferralActor op, ReferralActor counsellor, DateTime at)
    {
        var evaluation = new ServiceEvaluation
        {
            Attainment = status == ReferralStatus.Completed ? ObjectiveAttainment.Reached : ObjectiveAttainment.NotReached,
            Summary = status == ReferralStatus.Completed ? "Formation suivie jusqu'au bout, objectif atteint." : "Arrêt après trois semaines.",
            AgreedWithJobSeeker = true,
        };
        Func<Referral, Result<Referral>>[] steps = status switch
        {
            ReferralStatus.Received => [r => r.Acknowledge(op, at)],
            ReferralStatus.Accepted => [r => r.Acknowledge(op, at), r => r.RecordCandidacyResult(op, CandidacyDecision.Accepted, null, "Profil en adéquation avec l'offre.", "Cohérent avec le plan d'action.", at)],
            ReferralStatus.Refused => [r => r.RecordCandidacyResult(op, CandidacyDecision.Refused, RefusalReason.PrerequisitesNotMet, "Prérequis en français non rencontrés.", null, at)],
            ReferralStatus.Waitlisted => [r => r.RecordCandidacyResult(op, CandidacyDecision.Waitlisted, null, "Session complète, prochaine session en priorité.", null, at)],
            ReferralStatus.InProgress => [r => r.RecordCandidacyResult(op, CandidacyDecision.Accepted, null, "Accepté.", null, at), r => r.StartService(op, null, at),
                r => r.ReportEvent(op, DateOnly.FromDateTime(at), ServiceEventKind.Absence, "Absent deux jours (garde d'enfant).", "Horaires aménagés proposés.", at)],
            ReferralStatus.Completed or ReferralStatus.Abandoned => [r => r.RecordCandidacyResult(op, CandidacyDecision.Accepted, null, "Accepté.", null, at), r => r.StartService(op, null, at),
                r => r.Complete(op, status == ReferralStatus.Completed ? ServiceOutcome.Completed : ServiceOutcome.Abandoned, null, evaluation, at)],
            ReferralStatus.Cancelled => [r => r.Cancel(counsellor, "La personne a trouvé un emploi.", at)],
            _ => [],
        };
        foreach (var step in steps)
        {
            step(referral);
        }
    }
}
