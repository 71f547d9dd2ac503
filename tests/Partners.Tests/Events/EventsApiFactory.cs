using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.GraphQL.WebSockets;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Tests.Infrastructure;
using Partners.Tests.Subscriptions;

namespace Partners.Tests.Events;

/// <summary>
/// The real host with the fake WebSocket authenticator, the client check on every
/// event and a poll so slow that only the post-commit signal can deliver within a second.
/// </summary>
public class EventsApiFactory : PartnersApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Subscriptions:PollInterval", "00:10:00"),
        new("Subscriptions:ClientCheckInterval", "00:00:00"),
        .. ExtraSettings,
    ];

    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IWebSocketAuthenticator, FakeWebSocketAuthenticator>());
    }

    /// <summary>The last event id written so far: a test ignores what earlier tests left in flight.</summary>
    public async Task<long> LastEventIdAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        return await db.OutboxEvents.MaxAsync(e => (long?)e.Id) ?? 0;
    }

    /// <summary>
    /// Registers a new OAuth client of organisation 2 (an ISP operator) and returns the fake token naming it:
    /// delivery checks the client in OpenIddict, so a subscriber must be a real client.
    /// </summary>
    public async Task<(string Token, string ClientId)> NewClientAsync()
    {
        var clientId = $"c{Guid.NewGuid():N}";
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        var organisation = await db.Organisations.FindAsync(2L) ?? throw new InvalidOperationException("Organisation 2 is not seeded.");
        await scope.ServiceProvider.GetRequiredService<ClientRegistry>().RegisterAsync(clientId, "secret-" + clientId, clientId, organisation, null, CancellationToken.None);
        return ($"Bearer test-2-{organisation.Kind}-{clientId}", clientId);
    }
}
