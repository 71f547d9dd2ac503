using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.Seed;
using Partners.Data;
using Partners.Domain.Offers;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Offers;

/// <summary>The demo network's offers, target groups and reconversion plan (issue 4, "a demo network worth exploring").</summary>
public sealed class OfferSeedTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    [Fact]
    public async Task The_demo_holds_twenty_offers_or_more_a_full_one_and_restricted_ones_each_under_an_active_contract()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        var offers = await db.Offers.Include(o => o.TargetGroups).ToListAsync();
        var contracts = await db.CooperationContracts.ToDictionaryAsync(c => c.Id);

        Assert.True(offers.Count >= 20);
        Assert.Contains(offers, o => o.Status == OfferStatus.Published && o.SeatsLeft == 0);
        Assert.Contains(offers, o => o.Status == OfferStatus.Published && o.TargetGroups.Count > 0);
        Assert.Contains(offers, o => o.Status == OfferStatus.Draft);
        Assert.Contains(offers, o => o.Status == OfferStatus.Suspended);
        Assert.All(offers, o => Assert.True(contracts[o.ContractId!.Value].OperatorOrganisationId == o.OperatorOrganisationId && contracts[o.ContractId!.Value].Status == Domain.Contracts.ContractStatus.Active));
        Assert.All(offers, o => Assert.Empty(o.Validate()));
        Assert.Equal(DemoOffers.All.Select(d => d.Operator).Distinct().Count(), offers.Select(o => o.OperatorOrganisationId).Distinct().Count());
    }

    [Fact]
    public void The_demo_titles_are_unique_so_other_seeds_can_pick_offers_by_title() =>
        Assert.Equal(DemoOffers.All.Count, DemoOffers.All.Select(d => d.Title).Distinct().Count());

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        var before = (await db.Offers.CountAsync(), await db.TargetGroups.CountAsync(), await db.ReconversionPlans.CountAsync());

        foreach (var seed in scope.ServiceProvider.GetServices<IDemoSeed>().OrderBy(s => s.Order))
        {
            await seed.SeedAsync(db, scope.ServiceProvider, CancellationToken.None);
        }

        Assert.Equal(before, (await db.Offers.CountAsync(), await db.TargetGroups.CountAsync(), await db.ReconversionPlans.CountAsync()));
    }

    [Fact]
    public async Task The_reconversion_unit_has_a_running_plan_of_at_most_two_years()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var plan = await scope.ServiceProvider.GetRequiredService<PartnersDbContext>().ReconversionPlans.SingleAsync();

        Assert.Equal(ReconversionPlanSeed.Employer, plan.EmployerName);
        Assert.True(plan.RunsOn(DateOnly.FromDateTime(DateTime.UtcNow)));
        Assert.True(plan.EndsOn <= plan.StartsOn.AddYears(2));
    }
}
