using Microsoft.Extensions.DependencyInjection;
using Partners.Api.Events;
using Partners.Api.Seed;
using Partners.Data.Events;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;
using Partners.Tests.Subscriptions;

namespace Partners.Tests.Live;

/// <summary>
/// Fan-out: an event is loaded once per audience (organisation, kind, user, scopes, roles), not once per subscriber;
/// every subscriber still gets it, and one of another organisation gets its own load under its own rules.
/// A host of its own, so that no other test's event is loaded meanwhile.
/// </summary>
public sealed class EventFanOutTests(LiveApiFactory factory) : IClassFixture<LiveApiFactory>
{
    private const string Document = "subscription { referralUpdated { id referral { id status } } }";
    private readonly WorkflowWorld world = new(factory);

    [Fact]
    public async Task Three_subscribers_of_one_operator_share_one_load_and_the_office_has_its_own()
    {
        var referral = await world.ReferralAsync(await world.OfferAsync());
        var operators = new List<GraphQLWebSocketClient>();
        for (var i = 0; i < 3; i++)
        {
            operators.Add(await LiveSockets.SubscribeAsync(factory, Tokens.Isp, Document));
        }

        await using var office = await LiveSockets.SubscribeAsync(factory, Tokens.Forem, Document);
        var sockets = operators.Append(office).ToList();
        var parties = new[] { await world.OrganisationIdAsync(DemoOrganisations.Office), await world.OrganisationIdAsync(DemoOrganisations.IspWithClause) };

        // A subscribe has no acknowledgement: events go out until every socket has had one, so all four observe the bus.
        using (var warm = new CancellationTokenSource())
        {
            var pump = Task.Run(async () =>
            {
                while (!warm.IsCancellationRequested)
                {
                    await EnqueueAsync(referral, parties);
                    await Task.Delay(300);
                }
            });
            foreach (var socket in sockets)
            {
                await socket.NextDataAsync("referralUpdated");
            }

            await warm.CancelAsync();
            await pump;
        }

        var eventId = (await EnqueueAsync(referral, parties)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var socket in sockets)
        {
            var data = await socket.NextDataAsync("referralUpdated", d => d["id"]!.GetValue<string>() == eventId);
            Assert.Equal(WorkflowWorld.Id("Referral", referral), data["referral"]!["id"]!.GetValue<string>());
        }

        Assert.Equal(2, factory.Services.GetRequiredService<EventLoads>().LoadsOf(long.Parse(eventId, System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var socket in operators)
        {
            await socket.DisposeAsync();
        }
    }

    private Task<long> EnqueueAsync(long referral, long[] parties) =>
        world.WithDbAsync(async db =>
        {
            var outboxEvent = db.Enqueue(EventTopics.Referral, referral, parties, DateTime.UtcNow);
            await db.SaveChangesAsync();
            return outboxEvent.Id;
        });
}
