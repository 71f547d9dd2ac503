using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Data;
using Partners.Domain.Complaints;
using Partners.Domain.Offers;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Foundation;

/// <summary>Reference data comes with the migrations, so Production (which seeds no demo data) has it too.</summary>
public sealed class ReferenceDataTests(ProductionApiFactory factory) : IClassFixture<ProductionApiFactory>
{
    [Fact]
    public async Task Production_has_the_target_groups_and_the_engagements_without_any_seed()
    {
        _ = factory.CreateClient();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        Assert.Equal(TargetGroups.All.Select(g => g.Code).Order(), (await db.TargetGroups.Select(g => g.Code).ToListAsync()).Order());
        Assert.Equal(Engagements.All.Select(e => e.Code).Order(), (await db.Engagements.Select(e => e.Code).ToListAsync()).Order());
        Assert.Empty(await db.JobSeekers.ToListAsync());
    }
}
