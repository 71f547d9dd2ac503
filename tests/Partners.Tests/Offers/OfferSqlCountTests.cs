using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.Seed;
using Partners.Data;
using Partners.Data.Infrastructure;
using Partners.Domain.Offers;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Offers;

/// <summary>A page of offers with their operator, sessions, target groups and contract costs the same statements for 5 or 50 offers.</summary>
public sealed class OfferSqlCountTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string Query = "query($first: Int) { offers(first: $first) { totalCount nodes { id title operator { name } sessions { nodes { startsAt } } informationSessions { nodes { location } } targetGroups { code name } contract { status operator { name } } } } }";

    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task An_offers_page_costs_a_constant_number_of_SQL_statements()
    {
        await AddOffersAsync(45);
        var token = await Tokens.GetAsync(client, Tokens.Forem);

        var (five, fiveCount) = await CountAsync(token, 5);
        var (fifty, fiftyCount) = await CountAsync(token, 50);

        Assert.Equal((5, 50), (fiveCount, fiftyCount));
        Assert.True(five.Count == fifty.Count, $"5 offers: {five.Count} statements, 50 offers: {fifty.Count}:\n" + string.Join("\n", fifty));
        // Offers, sessions, information sessions, total, target groups, organisations, contracts: never one per offer.
        Assert.InRange(fifty.Count, 1, 10);
    }

    private async Task<(IReadOnlyList<string> Commands, int Offers)> CountAsync(string token, int first)
    {
        var counter = factory.Services.GetRequiredService<SqlCommandCounter>();
        counter.Reset();
        var response = await client.PostGraphQLAsync(Query, new { first }, token);
        var commands = counter.Commands;
        return (commands, response.EnsureNoErrors().Data!["offers"]!["nodes"]!.AsArray().Count);
    }

    private async Task AddOffersAsync(int count)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        var operatorId = await db.Organisations.Where(o => o.Name == DemoOrganisations.IspThird).Select(o => o.Id).SingleAsync();
        var contractId = await db.CooperationContracts.Where(c => c.OperatorOrganisationId == operatorId).Select(c => c.Id).SingleAsync();
        var group = await db.TargetGroups.FirstAsync();
        var now = DateTime.UtcNow;
        for (var i = 0; i < count; i++)
        {
            db.Offers.Add(new Offer
            {
                OperatorOrganisationId = operatorId, ContractId = contractId, Title = $"Offre de charge {i:D2}", ServiceType = ServiceType.Coaching,
                Objectives = "Mesurer les requêtes.", Address = "Rue 1", PostalCode = "5000", Municipality = "Namur", Region = Domain.Organisations.Region.Namur,
                Capacity = 5, Status = OfferStatus.Published, CreatedAt = now, UpdatedAt = now, TargetGroups = [group],
                Sessions = [new OfferSession { StartsAt = now, EndsAt = now.AddHours(2) }, new OfferSession { StartsAt = now.AddDays(7), EndsAt = now.AddDays(7).AddHours(2) }],
                InformationSessions = [new InformationSession { StartsAt = now, Location = "Namur" }],
            });
        }

        await db.SaveChangesAsync();
    }
}
