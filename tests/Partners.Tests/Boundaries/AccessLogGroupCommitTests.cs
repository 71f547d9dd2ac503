using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.Boundaries;
using Partners.Data;
using Partners.Data.Infrastructure;
using Partners.Domain.Boundaries;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Boundaries;

/// <summary>The host with a gate on the access log: the next INSERT of entries waits until the test opens it.</summary>
public sealed class GatedAccessLogFactory : PartnersApiFactory
{
    public AccessLogGate Gate { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.ConfigureDbContext<PartnersDbContext>(options => options.AddInterceptors(Gate), ServiceLifetime.Singleton));
    }
}

public sealed class AccessLogGate : DbCommandInterceptor
{
    private TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int armed;

    public Task Entered => entered.Task;

    /// <summary>The JSON array of entries (the one parameter) of each access-log INSERT, in order.</summary>
    public ConcurrentQueue<string> Inserts { get; } = new();

    public void Arm()
    {
        entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        opened = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref armed, 1);
    }

    public void Open() => opened.TrySetResult();

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (!command.CommandText.StartsWith("INSERT INTO \"AccessLog\"", StringComparison.Ordinal))
        {
            return result;
        }

        Inserts.Enqueue((string)command.Parameters[0].Value!);
        if (Interlocked.Exchange(ref armed, 0) == 1)
        {
            entered.TrySetResult();
            await opened.Task;
        }

        return result;
    }
}

/// <summary>
/// Group commit: while one commit of the access log is under way, the entries of the requests that arrive meanwhile
/// wait, and the next commit writes all of them in one statement. No answer leaves before its entries are written.
/// </summary>
public sealed class AccessLogGroupCommitTests(GatedAccessLogFactory factory) : IClassFixture<GatedAccessLogFactory>
{
    private const string IdentityQuery = "query Identity($id: ID!) { jobSeeker(id: $id) { identity { lastName } } }";

    [Fact]
    public async Task Requests_arriving_during_a_commit_are_committed_together_in_one_statement_and_answer_only_then()
    {
        var world = new BoundaryWorld(factory);
        var people = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            people.Add(await world.PersonAsync());
        }

        var token = await world.TokenAsync(Tokens.Forem);
        var counter = factory.Services.GetRequiredService<SqlCommandCounter>();
        var committer = factory.Services.GetRequiredService<AccessLogCommitter>();
        counter.Reset();
        factory.Gate.Inserts.Clear();
        factory.Gate.Arm();

        var first = world.ReadAsync(token, people[0], IdentityQuery);
        await factory.Gate.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        var others = people.Skip(1).Select(p => world.ReadAsync(token, p, IdentityQuery)).ToList();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (committer.Waiting < 3 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Equal(3, committer.Waiting);
        Assert.False(first.IsCompleted, "The first answer left before its entry was committed.");
        Assert.DoesNotContain(others, o => o.IsCompleted);
        factory.Gate.Open();

        foreach (var response in await Task.WhenAll(others.Prepend(first)))
        {
            Assert.NotNull(response.EnsureNoErrors().Data!["jobSeeker"]!["identity"]);
        }

        var inserts = counter.Commands.Where(c => c.StartsWith("INSERT INTO \"AccessLog\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, inserts.Count);
        var batches = factory.Gate.Inserts.Select(json => JsonDocument.Parse(json).RootElement.GetArrayLength()).ToList();
        Assert.Equal([1, 3], batches); // the first request's entry, then three requests' entries, one each, in one INSERT
        Assert.Equal(inserts[0], inserts[1]); // one text whatever the number of entries
        foreach (var person in people)
        {
            Assert.Equal(1, await world.Workflow.WithDbAsync(db => db.AccessLog.CountAsync(e => e.JobSeekerId == person && e.Operation == "Identity")));
        }
    }

    [Fact]
    public async Task The_writer_stores_every_value_as_EF_reads_it_back_nulls_timestamps_and_text_included()
    {
        var world = new BoundaryWorld(factory);
        var person = await world.PersonAsync();
        var at = new DateTime(2026, 11, 30, 23, 59, 58, DateTimeKind.Utc).AddTicks(1234560); // trailing zero in the ticks
        AccessLogEntry[] written =
        [
            new() { At = at, JobSeekerId = person, Category = DataCategory.Social, OrganisationId = 1, ClientId = "cpas-demo", UserId = "u\"1'é",
                Operation = "Op ; DROP TABLE \"AccessLog\" --", Basis = LegalBasis.Consent, BasisReference = 42, ReferralId = null, Purpose = "Suivi « social »\n\u0001" },
            new() { At = at.AddSeconds(1).AddTicks(-at.Ticks % TimeSpan.TicksPerSecond), JobSeekerId = person, Category = DataCategory.Identity, OrganisationId = 2,
                ClientId = "isp-demo", UserId = null, Operation = "Inbox", Basis = LegalBasis.CooperationContract, BasisReference = null, ReferralId = 7, Purpose = null },
        ];

        await world.Workflow.WithDbAsync(async db => { await AccessLogWriter.WriteAsync(db, written, CancellationToken.None); return 0; });

        var read = await world.Workflow.WithDbAsync(db => db.AccessLog.AsNoTracking().Where(e => e.JobSeekerId == person).OrderBy(e => e.At).ToListAsync());
        Assert.Equal(2, read.Count);
        foreach (var (expected, actual) in written.Zip(read))
        {
            static object Values(AccessLogEntry e) => new { e.At, e.JobSeekerId, e.Category, e.OrganisationId, e.ClientId, e.UserId, e.Operation, e.Basis, e.BasisReference, e.ReferralId, e.Purpose };
            Assert.Equal(Values(expected), Values(actual));
            Assert.Equal(DateTimeKind.Utc, actual.At.Kind);
        }

        // The text SQLite stores is the text EF writes, so comparisons on the column in SQL hold.
        Assert.Equal(1, await world.Workflow.WithDbAsync(db => db.AccessLog.CountAsync(e => e.JobSeekerId == person && e.At == at)));
        Assert.Equal(1, await world.Workflow.WithDbAsync(db => db.AccessLog.CountAsync(e => e.JobSeekerId == person && e.At > at)));

        // Stored exactly as EF's own INSERT stores the same entries: each column's value and storage class.
        var other = await world.PersonAsync();
        await world.Workflow.WithDbAsync(async db =>
        {
            db.AccessLog.AddRange(written.Select(e => new AccessLogEntry
            {
                At = e.At, JobSeekerId = other, Category = e.Category, OrganisationId = e.OrganisationId, ClientId = e.ClientId, UserId = e.UserId,
                Operation = e.Operation, Basis = e.Basis, BasisReference = e.BasisReference, ReferralId = e.ReferralId, Purpose = e.Purpose,
            }));
            return await db.SaveChangesAsync();
        });
        Assert.Equal(await StoredAsync(world, other), await StoredAsync(world, person));
    }

    /// <summary>Every column but the id and the person of <paramref name="person"/>'s entries, as SQLite stores them: "storage class:value".</summary>
    private static Task<List<string>> StoredAsync(BoundaryWorld world, long person) => world.Workflow.WithDbAsync(async db =>
    {
        string[] columns = ["At", "Category", "OrganisationId", "ClientId", "UserId", "Operation", "Basis", "BasisReference", "ReferralId", "Purpose"];
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"typeof(\"{c}\") || ':' || coalesce(\"{c}\", '')"))} FROM \"AccessLog\" WHERE \"JobSeekerId\" = {person} ORDER BY \"Id\"";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, columns.Length).Select(reader.GetString)));
        }

        Assert.NotEmpty(rows);
        return rows;
    });

    [Fact]
    public void On_SQL_Server_the_entries_are_unpacked_by_OPENJSON_typed_as_the_model_types_the_columns()
    {
        var builder = new DbContextOptionsBuilder<PartnersDbContext>();
        PersistenceServiceCollectionExtensions.Configure(builder, DatabaseProvider.SqlServer, "Server=(none);Database=Partners");
        builder.UseOpenIddict<long>();
        using var db = new PartnersDbContext(builder.Options);

        Assert.Equal(
            "INSERT INTO [AccessLog] ([At], [JobSeekerId], [Category], [OrganisationId], [ClientId], [UserId], [Operation], [Basis], [BasisReference], [ReferralId], [Purpose]) " +
            "SELECT [At], [JobSeekerId], [Category], [OrganisationId], [ClientId], [UserId], [Operation], [Basis], [BasisReference], [ReferralId], [Purpose] " +
            "FROM OPENJSON({0}) WITH ([At] datetime2 '$.At', [JobSeekerId] bigint '$.JobSeekerId', [Category] nvarchar(40) '$.Category', " +
            "[OrganisationId] bigint '$.OrganisationId', [ClientId] nvarchar(100) '$.ClientId', [UserId] nvarchar(100) '$.UserId', " +
            "[Operation] nvarchar(200) '$.Operation', [Basis] nvarchar(40) '$.Basis', [BasisReference] bigint '$.BasisReference', " +
            "[ReferralId] bigint '$.ReferralId', [Purpose] nvarchar(500) '$.Purpose')",
            AccessLogWriter.InsertText(db, sqlServer: true));

        var entry = new AccessLogEntry
        {
            At = new DateTime(2026, 11, 30, 23, 59, 58, DateTimeKind.Utc).AddTicks(1234560), JobSeekerId = 5, Category = DataCategory.Health, OrganisationId = 3,
            ClientId = "c", Operation = "o", Basis = LegalBasis.Consent,
        };
        Assert.Equal(
            """[{"At":"2026-11-30T23:59:58.1234560","JobSeekerId":5,"Category":"Health","OrganisationId":3,"ClientId":"c","UserId":null,"Operation":"o","Basis":"Consent","BasisReference":null,"ReferralId":null,"Purpose":null}]""",
            AccessLogWriter.Json([entry], sqlServer: true));
        Assert.Contains("\"At\":\"2026-11-30 23:59:58.123456\"", AccessLogWriter.Json([entry], sqlServer: false), StringComparison.Ordinal);
    }
}
