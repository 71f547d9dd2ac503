using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Foundation;

/// <summary>Start-up does only what is needed: an existing database is not migrated again, and its seed is re-checked after the server answers.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task A_restart_on_an_existing_database_answers_and_restores_the_demo_seed_in_the_background()
    {
        using var database = new TemporaryDatabase();
        var connectionString = database.ConnectionString;
        await using (var first = new SharedDatabaseFactory(connectionString))
        {
            first.CreateClient();
            await using var scope = first.Services.CreateAsyncScope();
            var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
            await applications.DeleteAsync((await applications.FindByClientIdAsync(Tokens.IspNoClause))!);
        }

        await using var second = new SharedDatabaseFactory(connectionString);
        var client = second.CreateClient();
        (await client.PostGraphQLAsync("{ __typename }")).EnsureNoErrors();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        var status = HttpStatusCode.Unauthorized;
        while (DateTime.UtcNow < deadline && (status = (await Tokens.RequestAsync(client, Tokens.IspNoClause)).Status) != HttpStatusCode.OK)
        {
            await Task.Delay(100);
        }

        Assert.Equal(HttpStatusCode.OK, status);
    }
}
