using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Identity;

/// <summary>
/// Access tokens are checked locally (signature, no database): a token revoked through one instance is refused by
/// that instance at once and by another instance within its poll interval.
/// </summary>
public sealed class RevocationAcrossInstancesTests
{
    private const string ViewerQuery = "{ viewer { clientId } }";

    [Fact]
    public async Task A_client_disabled_on_one_instance_is_refused_by_the_other_within_seconds()
    {
        using var database = new TemporaryDatabase();
        var connectionString = database.ConnectionString;
        await using var first = new SharedDatabaseFactory(connectionString);
        var here = first.CreateClient();
        await using var second = new SharedDatabaseFactory(connectionString);
        var there = second.CreateClient();

        await using (var scope = first.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
            var organisation = db.Organisations.Single(o => o.Name == Partners.Api.Seed.DemoOrganisations.IspThird);
            await scope.ServiceProvider.GetRequiredService<ClientRegistry>().RegisterAsync("revoked-elsewhere", "revoked-elsewhere-secret", "revoked elsewhere", organisation, null, default);
        }

        var token = await Tokens.GetAsync(here, "revoked-elsewhere");
        (await here.PostGraphQLAsync(ViewerQuery, token: token)).EnsureNoErrors();
        (await there.PostGraphQLAsync(ViewerQuery, token: token)).EnsureNoErrors();

        await using (var scope = first.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ClientRegistry>().DisableAsync("revoked-elsewhere", default));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await here.PostGraphQLAsync(ViewerQuery, token: token)).Status);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var status = HttpStatusCode.OK;
        while (DateTime.UtcNow < deadline && (status = (await there.PostGraphQLAsync(ViewerQuery, token: token)).Status) != HttpStatusCode.Unauthorized)
        {
            await Task.Delay(50);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        // Another client's token is untouched by the revocation.
        (await there.PostGraphQLAsync(ViewerQuery, token: await Tokens.GetAsync(there, Tokens.Isp))).EnsureNoErrors();
    }
}
