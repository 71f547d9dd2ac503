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
        var loads = factory.Services.GetRequiredService<EventLoads>();
        var before = loads.Runs;
        var parties = new[] { await world.OrganisationIdAsync(DemoOrganisations.Office), await world.OrganisationIdAsync(DemoOrganisations.IspWithClause) };
        await world.WithDbAsync(async db =>
        {
            db.Enqueue(EventTopics.Referral, referral, parties, DateTime.UtcNow);
            await db.SaveChangesAsync();
            return 0;
        });

        var id = WorkflowWorld.Id("Referral", referral);
        foreach (var socket in operators.Append(office))
        {
            Assert.Equal("SENT", (await socket.NextDataAsync("referralUpdated", d => d["referral"]!["id"]!.GetValue<string>() == id))["referral"]!["status"]!.GetValue<string>());
        }

        Assert.Equal(2, loads.Runs - before);
        foreach (var socket in operators)
        {
            await socket.DisposeAsync();
        }
    }
}
