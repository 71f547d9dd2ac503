using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api;
using Partners.Api.Boundaries;
using Partners.Data;
using Partners.Domain.Boundaries;

namespace Partners.Benchmarks;

/// <summary>
/// <c>accesslog</c> mode: what a request waits for its access-log entries to be durable, through
/// <see cref="AccessLogCommitter"/> (the host's own, over a temporary SQLite file in WAL mode), against a hand-written
/// baseline in the same process on the same file: one connection kept open, one prepared single-row INSERT run for
/// each entry inside one transaction. Both write the same <c>--entries</c> rows per request (a page of 50 people read
/// in two categories is 100), one request at a time and <c>--connections</c> at a time, alternated in rounds.
/// </summary>
public static class AccessLogBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        int Int(string name, int fallback) => int.Parse(RawApi.Arg(args, name) ?? fallback.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var entriesPerRequest = Int("entries", 100);
        var rounds = Int("rounds", 5);
        var requests = Int("requests", 200);
        int[] connections = [.. (RawApi.Arg(args, "connections") ?? "1,16").Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture))];

        var database = Path.Combine(Path.GetTempPath(), $"partners-accesslog-{Guid.NewGuid():N}.db");
        var app = BenchHost.Build(database, []);
        await app.StartAsync();
        try
        {
            long person, organisation;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
                person = await db.JobSeekers.OrderBy(j => j.Id).Select(j => j.Id).FirstAsync();
                organisation = await db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
            }

            var committer = app.Services.GetRequiredService<AccessLogCommitter>();
            List<AccessLogEntry> Entries() => [.. Enumerable.Range(0, entriesPerRequest).Select(i => new AccessLogEntry
            {
                At = DateTime.UtcNow, JobSeekerId = person, Category = i % 2 == 0 ? DataCategory.Identity : DataCategory.Pathway,
                OrganisationId = organisation, ClientId = "isp-demo", Operation = "Inbox", Basis = LegalBasis.CooperationContract,
                BasisReference = 1, ReferralId = 1,
            })];

            await using var baseline = new HandWrittenLog(database);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{entriesPerRequest} entries per request; load average {InboxBench.LoadAverage()}"));
            Console.WriteLine("conns | committer p50 ms | committer p95 ms | hand-written p50 ms | hand-written p95 ms | p50 ratio | committer req/s | hand-written req/s | committer CPU ms/req | hand-written CPU ms/req");
            foreach (var connectionCount in connections)
            {
                Func<Task> viaCommitter = () => committer.AppendAsync(Entries(), CancellationToken.None);
                Func<Task> byHand = () => baseline.WriteAsync(Entries());
                await InboxBench.LoadAsync(viaCommitter, 20, connectionCount);
                await InboxBench.LoadAsync(byHand, 20, connectionCount);
                var ours = new List<(List<double> Latencies, double Throughput)>();
                var theirs = new List<(List<double> Latencies, double Throughput)>();
                // The process's processor time around each side's runs (both run here, one after the other), per request.
                TimeSpan ourCpu = TimeSpan.Zero, theirCpu = TimeSpan.Zero;
                for (var round = 0; round < rounds; round++)
                {
                    var before = ProcessorTime();
                    ours.Add(await InboxBench.LoadAsync(viaCommitter, requests, connectionCount));
                    ourCpu += ProcessorTime() - before;
                    before = ProcessorTime();
                    theirs.Add(await InboxBench.LoadAsync(byHand, requests, connectionCount));
                    theirCpu += ProcessorTime() - before;
                }

                var a = ours.SelectMany(r => r.Latencies).Order().ToList();
                var b = theirs.SelectMany(r => r.Latencies).Order().ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{connectionCount,5} | {InboxBench.Percentile(a, 0.5),16:F2} | {InboxBench.Percentile(a, 0.95),16:F2} | {InboxBench.Percentile(b, 0.5),19:F2} | {InboxBench.Percentile(b, 0.95),19:F2} | {InboxBench.Percentile(a, 0.5) / InboxBench.Percentile(b, 0.5),9:F2} | {InboxBench.Median(ours.Select(r => r.Throughput)),15:F0} | {InboxBench.Median(theirs.Select(r => r.Throughput)),18:F0} | {ourCpu.TotalMilliseconds / (rounds * requests),20:F3} | {theirCpu.TotalMilliseconds / (rounds * requests),23:F3}"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average {InboxBench.LoadAverage()}"));
            return 0;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>The baseline: one open connection, one prepared INSERT, one transaction per request, requests one after the other.</summary>
    private sealed class HandWrittenLog : IAsyncDisposable
    {
        private readonly SqliteConnection connection;
        private readonly SemaphoreSlim gate = new(1);

        public HandWrittenLog(string database)
        {
            connection = new SqliteConnection($"Data Source={database}");
            connection.Open();
            using var wal = connection.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000;";
            wal.ExecuteNonQuery();
        }

        public async Task WriteAsync(List<AccessLogEntry> entries)
        {
            await gate.WaitAsync();
            try
            {
                await using var transaction = connection.BeginTransaction();
                await using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = """
                    INSERT INTO "AccessLog" ("At", "JobSeekerId", "Category", "OrganisationId", "ClientId", "UserId", "Operation", "Basis", "BasisReference", "ReferralId", "Purpose")
                    VALUES ($at, $person, $category, $organisation, $client, $user, $operation, $basis, $reference, $referral, $purpose)
                    """;
                var parameters = new[] { "$at", "$person", "$category", "$organisation", "$client", "$user", "$operation", "$basis", "$reference", "$referral", "$purpose" }
                    .Select(name => insert.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
                insert.Prepare();
                foreach (var e in entries)
                {
                    object?[] values = [e.At, e.JobSeekerId, e.Category.ToString(), e.OrganisationId, e.ClientId, e.UserId, e.Operation, e.Basis.ToString(), e.BasisReference, e.ReferralId, e.Purpose];
                    for (var i = 0; i < values.Length; i++)
                    {
                        parameters[i].Value = values[i] ?? DBNull.Value;
                    }

                    await insert.ExecuteNonQueryAsync();
                }

                await transaction.CommitAsync();
            }
            finally
            {
                gate.Release();
            }
        }

        public async ValueTask DisposeAsync()
        {
            await connection.DisposeAsync();
            gate.Dispose();
        }
    }
}
