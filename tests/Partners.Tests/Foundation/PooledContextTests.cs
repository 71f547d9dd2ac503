using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Data;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Foundation;

/// <summary>
/// Each request leases a pooled <see cref="PartnersDbContext"/> (<c>AddDbContextPool</c>): scopes one after the other
/// get the same few contexts back, reset — nothing one tracked or changed in its settings reaches the next.
/// </summary>
public sealed class PooledContextTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    [Fact]
    public async Task Scopes_one_after_the_other_lease_the_same_few_contexts_reset()
    {
        var leased = new HashSet<PartnersDbContext>(ReferenceEqualityComparer.Instance);
        for (var request = 0; request < 20; request++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
            leased.Add(db);
            Assert.Empty(db.ChangeTracker.Entries());
            Assert.Equal(QueryTrackingBehavior.TrackAll, db.ChangeTracker.QueryTrackingBehavior);

            Assert.NotNull(await db.Organisations.FirstAsync());
            db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        }

        // The host's background jobs lease contexts too, so the pool may hold a few; never one per scope.
        Assert.InRange(leased.Count, 1, 5);
    }
}
