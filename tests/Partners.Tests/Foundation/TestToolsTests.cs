using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api;
using Partners.Data;
using Partners.Data.Infrastructure;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Foundation;

/// <summary>
/// Test tools stay out of the host that runs: the SQL statement counter keeps every statement's text. In a test host it
/// counts what a request costs, never the background work running beside it (a periodic job met a statement count once).
/// </summary>
public sealed class TestToolsTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    [Fact]
    public async Task The_counter_leaves_out_background_work_and_counts_the_rest()
    {
        var counter = factory.Services.GetRequiredService<SqlCommandCounter>();
        var expiry = factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<Partners.Api.Contracts.ContractExpiryJob>().Single();
        counter.Reset();

        using (BackgroundWork.Enter())
        {
            _ = await expiry.RunOnceAsync(CancellationToken.None);
        }

        Assert.Empty(counter.Commands);
        _ = await expiry.RunOnceAsync(CancellationToken.None);
        Assert.NotEmpty(counter.Commands);
        Assert.False(BackgroundWork.IsActive);
    }

    [Fact]
    public async Task The_host_as_it_runs_has_no_sql_command_counter()
    {
        var database = Path.Combine(Path.GetTempPath(), $"partners-host-{Guid.NewGuid():N}.db");
        await using var app = PartnersHost.Build(["--environment", "Development", $"--ConnectionStrings:Partners=Data Source={database};Pooling=False"]);

        Assert.Null(app.Services.GetService<SqlCommandCounter>());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        var interceptors = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.Interceptors ?? [];
        Assert.DoesNotContain(interceptors, i => i is SqlCommandCounter);
        Assert.Contains(interceptors, i => i is SqliteConnectionSettings);
    }
}
