using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.Identity;
using Partners.Api.Seed;
using Partners.Tests.Infrastructure;
using Partners.Tests.Subscriptions;

namespace Partners.Tests.Live;

/// <summary>
/// A socket does not outlive its token's revocation: disabling the client (which revokes its tokens) closes its open
/// connections with 4403 within seconds, with no event to carry a refusal; another client's socket stays open.
/// </summary>
public sealed class RevokedSocketTests(LiveApiFactory factory) : IClassFixture<LiveApiFactory>
{
    private const string Document = "subscription { referralUpdated { id } }";

    [Fact]
    public async Task Disabling_a_client_closes_its_sockets_with_4403_without_waiting_for_an_event()
    {
        var clientId = $"revoked-socket-{Guid.NewGuid():N}";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Partners.Data.PartnersDbContext>();
            var organisation = await db.Organisations.SingleAsync(o => o.Name == DemoOrganisations.IspWithClause);
            await scope.ServiceProvider.GetRequiredService<ClientRegistry>().RegisterAsync(clientId, clientId + "-secret", clientId, organisation, null, CancellationToken.None);
        }

        var http = factory.CreateClient();
        await using var revoked = await GraphQLWebSocketClient.ConnectAndInitAsync(factory, "Bearer " + await Tokens.GetAsync(http, clientId));
        await revoked.SubscribeAsync("live", Document);
        await using var other = await LiveSockets.SubscribeAsync(factory, Tokens.Isp, Document);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ClientRegistry>().DisableAsync(clientId, CancellationToken.None));
        }

        Assert.Equal(4403, await revoked.ReceiveCloseAsync());
        await other.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await other.ReceiveAsync())["type"]!.GetValue<string>());
    }
}
