using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using Partners.Api.GraphQL;
using Partners.Api.Seed;
using Partners.Data;
using Partners.Data.Events;
using Partners.Tests.Infrastructure;
using Partners.Tests.Operations;

namespace Partners.Tests.Foundation;

/// <summary>
/// Start-up does only what is needed: an existing database is not migrated again, and its seed is re-checked after
/// the server answers; the schema and the EF model are built beside the database check, before the first request;
/// background jobs wait until the database is ready.
/// </summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Background_jobs_do_not_read_a_new_database_before_it_is_migrated()
    {
        // Hosted services start before and alongside the initialiser: a job reading at once met missing tables.
        await using var factory = new OperationsApiFactory();
        var client = factory.CreateClient();
        (await client.PostGraphQLAsync("{ __typename }")).EnsureNoErrors();
        Assert.True(factory.Services.GetRequiredService<DatabaseReady>().IsReady);
        await Task.Delay(500); // the jobs' first passes (contract expiry, outbox, revocations) run now

        var jobs = typeof(DatabaseReady).Assembly.GetTypes().Where(t => typeof(BackgroundService).IsAssignableFrom(t)).Select(t => t.FullName!).ToHashSet();
        Assert.Contains(typeof(Partners.Api.Contracts.ContractExpiryJob).FullName!, jobs);
        var failures = factory.Logs.Where(l => l.Level >= LogLevel.Warning
            && (jobs.Contains(l.Category) || l.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal))).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures.Select(f => $"{f.Category} {f.Level}: {f.Message}")));
    }

    [Fact]
    public async Task The_schema_and_the_model_are_built_at_start_before_any_request_and_nothing_warns()
    {
        await using var factory = new OperationsApiFactory();
        var services = factory.Services; // starts the host; no request yet
        await services.GetRequiredService<StartupWarmup>().Completion.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(services.GetRequiredService<PartnersSchema>().Initialized);

        var client = factory.CreateClient();
        (await client.PostGraphQLAsync("{ __typename }")).EnsureNoErrors();
        var failures = factory.Logs.Where(l => l.Level >= LogLevel.Warning).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures.Select(f => $"{f.Category} {f.Level}: {f.Message}")));
    }

    [Fact]
    public async Task The_warm_up_started_by_the_entry_point_before_the_host_starts_runs_once()
    {
        // Program.cs starts it as soon as the host is built; the host's start (its hosted services) then finds it under way.
        using var database = new TemporaryDatabase();
        await using var app = Partners.Api.PartnersHost.Build(["--environment", "Development", $"--ConnectionStrings:Partners={database.ConnectionString}"]);
        var warmup = app.Services.GetRequiredService<StartupWarmup>();
        Assert.True(warmup.Completion.IsCompleted); // nothing started by building the host

        warmup.Start();
        var started = warmup.Completion;
        await warmup.StartAsync(CancellationToken.None);
        warmup.Start();

        Assert.Same(started, warmup.Completion);
        await started.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(app.Services.GetRequiredService<PartnersSchema>().Initialized);
    }

    [Fact]
    public async Task The_outbox_dispatcher_starts_after_the_first_answer()
    {
        // The background work that can wait does not compete with the first request: an event waiting in the outbox
        // is published once the server answered, not before (the fallback, for an instance no one calls, is 5 minutes here).
        await using var factory = new PatientFactory();
        var services = factory.Services; // the host runs; no request yet
        await services.GetRequiredService<DatabaseReady>().WaitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1));
        long id;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
            var waiting = OutboxEvent.Create(EventTopics.Referral, 0, [], DateTime.UtcNow);
            db.OutboxEvents.Add(waiting);
            await db.SaveChangesAsync(); // signals the dispatcher
            id = waiting.Id;
        }

        await Task.Delay(1000);
        Assert.False(services.GetRequiredService<FirstAnswer>().IsOpen);
        Assert.Null(await PublishedAtAsync(services, id));

        (await factory.CreateClient().PostGraphQLAsync("{ __typename }")).EnsureNoErrors();
        Assert.True(services.GetRequiredService<FirstAnswer>().IsOpen);
        // Bounded wait for the background work, not a timing assertion.
        for (var i = 0; i < 300 && await PublishedAtAsync(services, id) is null; i++)
        {
            await Task.Delay(100);
        }

        Assert.NotNull(await PublishedAtAsync(services, id));
    }

    private static async Task<DateTime?> PublishedAtAsync(IServiceProvider services, long id)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        return await db.OutboxEvents.AsNoTracking().Where(e => e.Id == id).Select(e => e.PublishedAt).SingleAsync();
    }

    private sealed class PatientFactory : PartnersApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton(provider =>
                new FirstAnswer(provider.GetRequiredService<DatabaseReady>()) { Fallback = TimeSpan.FromMinutes(5) }));
        }
    }

    [Fact]
    public async Task The_host_runs_on_the_compiled_model_of_its_provider()
    {
        // Every test host is the API's host: what the tests exercise is the generated model, not one built from the
        // configurations (ContractTests compares the two).
        await using var factory = new OperationsApiFactory();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();

        Assert.IsType<Partners.Data.Sqlite.CompiledModel.PartnersDbContextModel>(db.Model);
    }

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
