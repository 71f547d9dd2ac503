using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.GraphQL.WebSockets;
using Partners.Api.Identity;
using Partners.Api.Seed;
using Partners.Data.Events;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;
using Partners.Tests.Subscriptions;

namespace Partners.Tests.Live;

/// <summary>
/// Subscribers who would receive the same thing share one execution of each event (<see cref="SharedSubscriptions"/>):
/// same organisation and read rights (scopes, social-service registration…), same document. Anyone whose rights differ
/// gets an execution of their own; each subscriber's read is access-logged under its own client, and a disabled client
/// loses its subscription while the others of its group go on. A host of its own: executions are counted.
/// </summary>
public sealed class SharedSubscriptionTests(LiveApiFactory factory) : IClassFixture<LiveApiFactory>
{
    private const string Identity = "subscription { referralUpdated { id referral { id status jobSeeker { identity { lastName } } } } }";
    private readonly WorkflowWorld world = new(factory);

    [Fact]
    public async Task Identical_subscribers_share_one_execution_and_each_read_is_logged_under_its_own_client()
    {
        var jobSeeker = await world.JobSeekerAsync();
        var referral = await world.ReferralAsync(await world.OfferAsync(), jobSeekerId: jobSeeker);
        var second = await RegisterAsync(DemoOrganisations.IspWithClause);
        var http = factory.CreateClient();
        var isp = await Tokens.GetAsync(http, Tokens.Isp);
        await using var first = await SubscribeAsync(isp, Identity);
        await using var again = await SubscribeAsync(isp, Identity);
        await using var otherClient = await SubscribeAsync(await Tokens.GetAsync(http, second), Identity);
        // The same organisation and client, without the identity scope: other rights, another execution.
        await using var narrow = await SubscribeAsync(await Tokens.GetAsync(http, Tokens.Isp, Scopes.ReferralsRead), Identity);
        GraphQLWebSocketClient[] sockets = [first, again, otherClient, narrow];
        await ObservingAsync(sockets, referral);
        // The groups of the class's earlier tests end when the server has seen their sockets close: until then they
        // would execute this test's event too.
        await GroupsAsync(2);

        var executions = factory.Services.GetRequiredService<SharedSubscriptions>().Executions;
        var logged = await LoggedAsync(jobSeeker);
        var eventId = await EnqueueAsync(referral);

        var payloads = new List<JsonNode>();
        foreach (var socket in sockets)
        {
            payloads.Add(await EventAsync(socket, eventId));
        }

        Assert.Equal(2, factory.Services.GetRequiredService<SharedSubscriptions>().Executions - executions);
        foreach (var payload in payloads[..3])
        {
            Assert.Equal("Test", payload["data"]!["referralUpdated"]!["referral"]!["jobSeeker"]!["identity"]!["lastName"]!.GetValue<string>());
            Assert.Null(payload["errors"]);
        }

        var refused = payloads[3];
        Assert.Equal("SENT", refused["data"]!["referralUpdated"]!["referral"]!["status"]!.GetValue<string>());
        Assert.Null(refused["data"]!["referralUpdated"]!["referral"]!["jobSeeker"]!["identity"]);
        Assert.Equal("FORBIDDEN", refused["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        // Each subscriber's read was durable before its next left: two for the two sockets of isp-demo, one for the other client.
        var now = await LoggedAsync(jobSeeker);
        Assert.Equal(logged.GetValueOrDefault(Tokens.Isp) + 2, now.GetValueOrDefault(Tokens.Isp));
        Assert.Equal(logged.GetValueOrDefault(second) + 1, now.GetValueOrDefault(second));
    }

    [Fact]
    public async Task The_office_social_service_and_another_office_client_with_the_same_scopes_get_different_payloads()
    {
        var jobSeeker = await world.JobSeekerAsync();
        await world.WithDbAsync(async db =>
        {
            (await db.JobSeekers.SingleAsync(j => j.Id == jobSeeker)).Health.IcfSummary = "d240 gérer le stress";
            return await db.SaveChangesAsync();
        });
        var referral = await world.ReferralAsync(await world.OfferAsync(), jobSeekerId: jobSeeker);
        const string Health = "subscription { referralUpdated { id referral { jobSeeker { health { icfSummary } } } } }";
        var http = factory.CreateClient();
        await using var office = await SubscribeAsync(await Tokens.GetAsync(http, Tokens.Forem), Health);
        await using var social = await SubscribeAsync(await Tokens.GetAsync(http, Tokens.ForemSocial), Health);
        await ObservingAsync([office, social], referral);
        await GroupsAsync(2);

        var executions = factory.Services.GetRequiredService<SharedSubscriptions>().Executions;
        var eventId = await EnqueueAsync(referral);
        var seenByOffice = await EventAsync(office, eventId);
        var seenBySocialService = await EventAsync(social, eventId);

        Assert.Equal(2, factory.Services.GetRequiredService<SharedSubscriptions>().Executions - executions);
        Assert.Equal("d240 gérer le stress", seenBySocialService["data"]!["referralUpdated"]!["referral"]!["jobSeeker"]!["health"]!["icfSummary"]!.GetValue<string>());
        Assert.Null(seenByOffice["data"]!["referralUpdated"]!["referral"]!["jobSeeker"]!["health"]);
        Assert.NotNull(seenByOffice["errors"]);
    }

    [Fact]
    public async Task A_disabled_client_loses_its_socket_and_the_rest_of_its_group_goes_on()
    {
        var referral = await world.ReferralAsync(await world.OfferAsync());
        var second = await RegisterAsync(DemoOrganisations.IspWithClause);
        var http = factory.CreateClient();
        await using var kept = await SubscribeAsync(await Tokens.GetAsync(http, Tokens.Isp), Identity);
        await using var disabled = await SubscribeAsync(await Tokens.GetAsync(http, second), Identity);
        await ObservingAsync([kept, disabled], referral);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ClientRegistry>().DisableAsync(second, CancellationToken.None));
        }

        // Disabling revoked the client's tokens and refreshed this instance's revocations: its socket ends with 4401
        // (the sweep of WebSocketConnectionRegistry), before any further event.
        Assert.Equal(4401, await disabled.ReceiveCloseAsync());

        // The group goes on without it.
        var eventId = await EnqueueAsync(referral);
        Assert.NotNull((await EventAsync(kept, eventId))["data"]!["referralUpdated"]);
        var next = await EnqueueAsync(referral);
        Assert.NotNull((await EventAsync(kept, next))["data"]!["referralUpdated"]);
    }

    private async Task<GraphQLWebSocketClient> SubscribeAsync(string token, string document)
    {
        var socket = await GraphQLWebSocketClient.ConnectAndInitAsync(factory, "Bearer " + token);
        await socket.SubscribeAsync("live", document);
        return socket;
    }

    /// <summary>
    /// A subscribe has no acknowledgement: events go out until every socket has had one, then one more that every socket
    /// reads up to, so no earlier event is still being executed when the test starts counting.
    /// </summary>
    private async Task ObservingAsync(IReadOnlyList<GraphQLWebSocketClient> sockets, long referral)
    {
        using (var warm = new CancellationTokenSource())
        {
            var pump = Task.Run(async () =>
            {
                while (!warm.IsCancellationRequested)
                {
                    await EnqueueAsync(referral);
                    await Task.Delay(300);
                }
            });
            foreach (var socket in sockets)
            {
                await socket.ReceiveAsync();
            }

            await warm.CancelAsync();
            await pump;
        }

        var barrier = await EnqueueAsync(referral);
        foreach (var socket in sockets)
        {
            await EventAsync(socket, barrier);
        }
    }

    /// <summary>The payload of event <paramref name="eventId"/>, skipping earlier ones.</summary>
    /// <summary>Waits (bounded) until exactly <paramref name="expected"/> groups are open: this test's own.</summary>
    private async Task GroupsAsync(int expected)
    {
        var shared = factory.Services.GetRequiredService<SharedSubscriptions>();
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (shared.OpenGroups != expected)
        {
            await Task.Delay(50, bound.Token);
        }
    }

    private static async Task<JsonNode> EventAsync(GraphQLWebSocketClient socket, long eventId)
    {
        var wanted = eventId.ToString(CultureInfo.InvariantCulture);
        while (true)
        {
            var message = await socket.ReceiveAsync();
            Assert.True(message["type"]!.GetValue<string>() == "next", message.ToJsonString());
            if (message["payload"]!["data"]!["referralUpdated"]!["id"]!.GetValue<string>() == wanted)
            {
                return message["payload"]!;
            }
        }
    }

    private async Task<long> EnqueueAsync(long referral)
    {
        long[] parties = [await world.OrganisationIdAsync(DemoOrganisations.Office), await world.OrganisationIdAsync(DemoOrganisations.IspWithClause)];
        return await world.WithDbAsync(async db =>
        {
            var outboxEvent = db.Enqueue(EventTopics.Referral, referral, parties, DateTime.UtcNow);
            await db.SaveChangesAsync();
            return outboxEvent.Id;
        });
    }

    /// <summary>Another OAuth client of the organisation, with the same scopes as its demo client.</summary>
    private async Task<string> RegisterAsync(string organisation)
    {
        var clientId = $"shared-{Guid.NewGuid():N}";
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Partners.Data.PartnersDbContext>();
        var owner = await db.Organisations.SingleAsync(o => o.Name == organisation);
        await scope.ServiceProvider.GetRequiredService<ClientRegistry>().RegisterAsync(clientId, clientId + "-secret", clientId, owner, null, CancellationToken.None);
        return clientId;
    }

    private Task<Dictionary<string, int>> LoggedAsync(long jobSeeker) =>
        world.WithDbAsync(db => db.AccessLog.Where(e => e.JobSeekerId == jobSeeker).GroupBy(e => e.ClientId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
}
