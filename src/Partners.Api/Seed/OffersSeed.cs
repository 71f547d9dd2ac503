using Microsoft.EntityFrameworkCore;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Offers;

namespace Partners.Api.Seed;

/// <summary>
/// The demo offers of services (art. 11 5°, art. 14 2°), each under its operator's seeded contract, with a calendar and
/// an information session placed around the day the demo starts.
/// </summary>
internal sealed class OffersSeed : IDemoSeed
{
    public int Order => 20;

    public async Task SeedAsync(PartnersDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        var existing = await db.Offers.Select(o => o.Title).ToListAsync(cancellationToken);
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Name, o => o.Id, cancellationToken);
        var contracts = await db.CooperationContracts.ToDictionaryAsync(c => c.OperatorOrganisationId, c => c.Id, cancellationToken);
        var groups = await db.TargetGroups.ToDictionaryAsync(g => g.Code, cancellationToken);
        var now = services.GetRequiredService<IClock>().UtcNow;
        foreach (var demo in DemoOffers.All.Where(d => !existing.Contains(d.Title)))
        {
            var operatorId = organisations[demo.Operator];
            var start = now.Date.AddDays(demo.StartsInDays);
            db.Offers.Add(new Offer
            {
                OperatorOrganisationId = operatorId, ContractId = contracts[operatorId], Title = demo.Title, ServiceType = demo.ServiceType,
                Objectives = demo.Objectives, ExpectedResults = "Un projet professionnel validé et les étapes suivantes convenues avec le conseiller référent.",
                Deliverables = "Une attestation de participation et un rapport d'évaluation transmis au conseiller référent.",
                Address = $"Rue du Travail {demo.Title.Length}", PostalCode = demo.PostalCode, Municipality = demo.Municipality, Region = demo.Region,
                DurationDescription = "3 semaines, 3 demi-journées par semaine", StartsOn = DateOnly.FromDateTime(start), EndsOn = DateOnly.FromDateTime(start.AddDays(18)),
                Sessions = [.. Enumerable.Range(0, 3).Select(week => new OfferSession { StartsAt = start.AddDays(7 * week).AddHours(9), EndsAt = start.AddDays(7 * week).AddHours(12) })],
                InformationSessions = [new InformationSession { StartsAt = start.AddDays(-5).AddHours(10), Location = demo.Municipality, Description = "Présentation de l'offre et inscription sur place." }],
                TargetGroups = [.. demo.TargetGroups.Select(code => groups[code])],
                Capacity = demo.Capacity, SeatsTaken = demo.SeatsTaken, Status = demo.Status,
                IntakeModalities = "Entretien individuel d'accueil dans la semaine qui suit l'adressage.",
                PrioritisationRule = "Par ordre d'adressage ; priorité aux publics cibles de l'offre.",
                ReferralModalities = "Adressage par le conseiller référent via la plateforme des partenaires.",
                CreatedAt = now, UpdatedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
