using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.Events;
using Partners.Data;
using Partners.Data.Events;
using Partners.Api.Referrals;
using Partners.Domain.Referrals;
using Partners.Tests.Infrastructure;
using Partners.Tests.Live;
using Partners.Tests.Referrals;
using Partners.Tests.Subscriptions;

namespace Partners.Tests.Events;

/// <summary>
/// Needs redis-server (<see cref="NeedsProgramFactAttribute"/>: skipped with a reason when it is missing and CI is unset).
/// Two API instances sharing one SQLite database and one Redis: an event committed and published by a separate
/// API process (the built Partners.Api.dll) reaches a subscriber of the in-process host, through Redis.
/// </summary>
public sealed class CrossInstanceTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [NeedsProgramFact("redis-server")]
    public async Task An_event_published_by_another_api_process_reaches_this_instances_subscriber()
    {
        var database = Path.Combine(Path.GetTempPath(), $"partners-cross-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={database};Pooling=False";
        try
        {
            // This instance polls too slowly to publish the event itself; the process polls every 200 ms.
            await using var here = new RedisApiFactory(connectionString, redis.ConnectionString);
            var (token, _) = await here.NewClientAsync();
            await using var subscriber = await GraphQLWebSocketClient.ConnectAndInitAsync(here, token);
            await subscriber.SubscribeAsync("events", EventSockets.Subscription);

            await using var other = await ApiProcess.StartAsync(new Dictionary<string, string>
            {
                ["ConnectionStrings:Partners"] = connectionString,
                ["Subscriptions:Provider"] = "Redis",
                ["Subscriptions:Redis"] = redis.ConnectionString,
                ["Subscriptions:PollInterval"] = "00:00:00.200",
            });

            // Committed by neither host's DbContext: only a poll finds it, and only the process polls in time.
            long id;
            await using (var db = new PartnersDbContext(PersistenceServiceCollectionExtensions.Configure(
                new DbContextOptionsBuilder<PartnersDbContext>(), DatabaseProvider.Sqlite, connectionString).Options as DbContextOptions<PartnersDbContext>
                ?? throw new InvalidOperationException()))
            {
                var outboxEvent = db.Enqueue(TestEventFields.Topic, 77, [2], DateTime.UtcNow);
                await db.SaveChangesAsync();
                id = outboxEvent.Id;
            }

            Assert.Equal($"{id}:77", await subscriber.NextEventAsync(after: 0));
            await using (var scope = here.Services.CreateAsyncScope())
            {
                var stored = await scope.ServiceProvider.GetRequiredService<PartnersDbContext>().OutboxEvents.SingleAsync(e => e.Id == id);
                Assert.NotNull(stored.PublishedBy);
                Assert.False(stored.PublishedBy.StartsWith(here.Services.GetRequiredService<OutboxDispatcher>().Instance, StringComparison.Ordinal));
            }
        }
        finally
        {
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [NeedsProgramFact("redis-server")]
    public async Task A_referral_acknowledged_through_another_api_process_reaches_this_instances_referral_subscriber()
    {
        var database = Path.Combine(Path.GetTempPath(), $"partners-cross-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={database};Pooling=False";
        try
        {
            await using var here = new RedisLiveFactory(connectionString, redis.ConnectionString);
            var world = new WorkflowWorld(here);
            var referral = await world.ReferralAsync(await world.OfferAsync());
            await using var subscriber = await LiveSockets.SubscribeAsync(here, Tokens.Isp, "subscription { referralUpdated { referral { id status } } }");

            await using var other = await ApiProcess.StartAsync(new Dictionary<string, string>
            {
                ["ConnectionStrings:Partners"] = connectionString,
                ["Subscriptions:Provider"] = "Redis",
                ["Subscriptions:Redis"] = redis.ConnectionString,
            });
            using var http = new HttpClient { BaseAddress = other.Address };
            Assert.Null(await ReferralTransitionTests.MoveAsync(http, await Tokens.GetAsync(http, Tokens.Isp), referral, ReferralStatus.Received));

            // This host polls every ten minutes: only the process's publication, through Redis, arrives in time.
            var received = await subscriber.NextDataAsync("referralUpdated");
            Assert.Equal((WorkflowWorld.Id(ReferralNode.TypeName, referral), "RECEIVED"),
                (received["referral"]!["id"]!.GetValue<string>(), received["referral"]!["status"]!.GetValue<string>()));
        }
        finally
        {
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private sealed class RedisLiveFactory(string connectionString, string redis) : LiveApiFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
        [
            new("ConnectionStrings:Partners", connectionString),
            new("Subscriptions:Provider", "Redis"),
            new("Subscriptions:Redis", redis),
        ];
    }

    private sealed class RedisApiFactory(string connectionString, string redis) : EventsApiFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
        [
            new("ConnectionStrings:Partners", connectionString),
            new("Subscriptions:Provider", "Redis"),
            new("Subscriptions:Redis", redis),
        ];
    }
}
