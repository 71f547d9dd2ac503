using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api;
using Partners.Api.Identity;
using Partners.Data.Infrastructure;

namespace Partners.Benchmarks;

/// <summary>
/// <c>inbox</c> mode: the operator inbox through /graphql of the published API in its own process
/// (<see cref="PublishedApi"/>, with the settings <c>dotnet run</c> uses, over a temporary SQLite file with
/// <c>--referrals</c> more referrals for the operator) against <see cref="RawApi"/> (its own process, the same file,
/// one SQL join), their JSON checked equal, alternated in rounds at each page size and connection count. Prints
/// median/p95 latency, throughput, the ratios, the SQL statements of one API request (the access-log write included;
/// counted beforehand in this process by a test host) and both processes' working sets.
/// </summary>
public static class InboxBench
{
    public const string Query = "query Inbox($first: Int!) { referrals(first: $first) { nodes { id status answerDueOn offer { title } operator { name } jobSeeker { identity { lastName } pathway { professionalObjectives } } } } }";

    public static async Task<int> RunAsync(string[] args)
    {
        int Int(string name, int fallback) => int.Parse(RawApi.Arg(args, name) ?? fallback.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int[] Ints(string name, string fallback) => [.. (RawApi.Arg(args, name) ?? fallback).Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture))];
        var sizes = Ints("sizes", "10,50,100");
        var connections = Ints("connections", "1,16");
        var rounds = Int("rounds", 5);
        // Before each cell: enough requests for the runtime to finish compiling the hot code at its top tier, whose
        // processor time would otherwise be counted as the requests'.
        var warmup = Int("warmup", 200);
        var requests = Int("requests", 100);
        var clientId = RawApi.Arg(args, "client") ?? "isp-demo";

        var database = Path.Combine(Path.GetTempPath(), $"partners-inbox-{Guid.NewGuid():N}.db");
        string[] settings = [.. BenchHost.Settings(database), "--RateLimiting:PermitLimit=1000000"];
        try
        {
            var (organisation, added, statements) = await PrepareAsync(database, clientId, Int("referrals", 110), sizes);
            var baseline = PublishedApi.Baseline();
            var (apiProcess, _) = await ChildProcess.StartAsync(PublishedApi.Dll(args), settings,
                async http => (await http.PostAsJsonAsync("/graphql", new { query = "{ __typename }" })).IsSuccessStatusCode);
            await using var api = apiProcess;
            var (rawProcess, _) = await ChildProcess.StartAsync(baseline, ["raw", "--db", database], async http => (await http.GetAsync("/")).IsSuccessStatusCode);
            await using var raw = rawProcess;
            var token = await TokenAsync(api.Address, clientId, RawApi.Arg(args, "secret") ?? clientId + "-secret");

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"inbox of {clientId} (organisation {organisation}), {added} referrals added to the seed; load average {LoadAverage()}"));
            Console.WriteLine(Query);
            foreach (var size in sizes)
            {
                using var http = new HttpClient();
                var answer = await ApiRequestAsync(http, api.Address, token, size);
                var expected = await http.GetStringAsync(new Uri(raw.Address, $"/inbox?org={organisation}&first={size}"));
                if (!string.Equals(answer, expected, StringComparison.Ordinal))
                {
                    Console.WriteLine($"The answers differ at page size {size}:\nAPI: {answer}\nraw: {expected}");
                    return 1;
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"page {size}: same JSON ({Encoding.UTF8.GetByteCount(answer)} bytes, {JsonDocument.Parse(answer).RootElement.GetProperty("data").GetProperty("referrals").GetProperty("nodes").GetArrayLength()} nodes); SQL statements per API request: {statements[size]}"));
            }

            await CompareAsync("API", api, (http, size) => ApiRequestAsync(http, api.Address, token, size), raw, RawCall(raw, organisation), sizes, connections, rounds, requests, warmup);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"\nworking set after the load: API process {api.WorkingSetBytes / 1024d / 1024d:F0} MB, raw process {raw.WorkingSetBytes / 1024d / 1024d:F0} MB (ratio {(double)api.WorkingSetBytes / raw.WorkingSetBytes:F2}); load average {LoadAverage()}"));
            return 0;
        }
        finally
        {
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>
    /// <c>floor</c> mode: the same comparison as <c>inbox</c>, of <see cref="FloorApi"/> (the least any implementation
    /// answering the inbox through GraphQL.NET with a durable access log must do) against the hand-written endpoint,
    /// both served by one <see cref="RawApi"/> process (<c>--floor on</c>) on the same file, their JSON checked equal:
    /// the ratio no implementation on this stack with this guarantee can go below.
    /// </summary>
    public static async Task<int> FloorAsync(string[] args)
    {
        int Int(string name, int fallback) => int.Parse(RawApi.Arg(args, name) ?? fallback.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int[] Ints(string name, string fallback) => [.. (RawApi.Arg(args, name) ?? fallback).Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture))];
        var sizes = Ints("sizes", "10,50,100");
        var database = Path.Combine(Path.GetTempPath(), $"partners-floor-{Guid.NewGuid():N}.db");
        try
        {
            var (organisation, added, _) = await PrepareAsync(database, RawApi.Arg(args, "client") ?? "isp-demo", Int("referrals", 110), sizes);
            var (rawProcess, _) = await ChildProcess.StartAsync(PublishedApi.Baseline(), ["raw", "--db", database, "--floor", "on"], async http => (await http.GetAsync("/")).IsSuccessStatusCode);
            await using var raw = rawProcess;
            Func<HttpClient, int, Task<string>> floorCall = (http, size) => http.GetStringAsync(new Uri(raw.Address, $"/inbox-floor?org={organisation}&first={size}"));
            Func<HttpClient, int, Task<string>> unloggedCall = (http, size) => http.GetStringAsync(new Uri(raw.Address, $"/inbox-floor?org={organisation}&first={size}&log=false"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"inbox floor (GraphQL.NET over plain objects, durable access log) of organisation {organisation}, {added} referrals added to the seed; load average {LoadAverage()}"));
            foreach (var size in sizes)
            {
                using var http = new HttpClient();
                var answer = await floorCall(http, size);
                var expected = await http.GetStringAsync(new Uri(raw.Address, $"/inbox?org={organisation}&first={size}"));
                if (!string.Equals(answer, expected, StringComparison.Ordinal) || !string.Equals(await unloggedCall(http, size), expected, StringComparison.Ordinal))
                {
                    Console.WriteLine($"The answers differ at page size {size}: floor {answer}");
                    return 1;
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"page {size}: same JSON ({Encoding.UTF8.GetByteCount(answer)} bytes)"));
            }

            // GraphQL.NET's share alone (no access log), then the whole floor.
            Console.WriteLine("\nGraphQL.NET over plain objects, no access log:");
            await CompareAsync("graphql", raw, unloggedCall, raw, RawCall(raw, organisation), sizes, Ints("connections", "1,16"), Int("rounds", 5), Int("requests", 100), Int("warmup", 200));
            Console.WriteLine("\nthe same and the durable access log (the floor):");
            await CompareAsync("floor", raw, floorCall, raw, RawCall(raw, organisation), sizes, Ints("connections", "1,16"), Int("rounds", 5), Int("requests", 100), Int("warmup", 200));
            Console.WriteLine($"load average {LoadAverage()}");
            return 0;
        }
        finally
        {
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>The baseline's call: <see cref="RawApi"/>'s hand-written inbox of <paramref name="organisation"/>.</summary>
    public static Func<HttpClient, int, Task> RawCall(ChildProcess raw, long organisation) =>
        (http, size) => http.GetStringAsync(new Uri(raw.Address, $"/inbox?org={organisation}&first={size}"));

    /// <summary>
    /// At each page size and connection count: <paramref name="warmup"/> calls to each server, then <paramref name="rounds"/>
    /// alternated runs of <paramref name="requests"/> calls each; prints a row of median/p95 latency, throughput, the ratios
    /// and each server's processor time per request.
    /// </summary>
    public static async Task CompareAsync(string name, ChildProcess measured, Func<HttpClient, int, Task> measuredCall, ChildProcess raw, Func<HttpClient, int, Task> rawCall,
        int[] sizes, int[] connections, int rounds, int requests, int warmup)
    {
        Console.WriteLine();
        Console.WriteLine($"page | conns | {name} p50 ms | {name} p95 ms | raw p50 ms | raw p95 ms | p50 ratio | {name} req/s | raw req/s | throughput % | {name} CPU ms | raw CPU ms | CPU ratio");
        foreach (var connectionCount in connections)
        {
            foreach (var size in sizes)
            {
                using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connectionCount });
                Func<Task> call = () => measuredCall(http, size);
                Func<Task> baselineCall = () => rawCall(http, size);
                await LoadAsync(call, warmup, connectionCount);
                await LoadAsync(baselineCall, warmup, connectionCount);
                var measuredRuns = new List<(List<double> Latencies, double Throughput)>();
                var rawRuns = new List<(List<double> Latencies, double Throughput)>();
                TimeSpan measuredCpu = TimeSpan.Zero, rawCpu = TimeSpan.Zero;
                for (var round = 0; round < rounds; round++)
                {
                    var before = measured.ProcessorTime;
                    measuredRuns.Add(await LoadAsync(call, requests, connectionCount));
                    measuredCpu += measured.ProcessorTime - before;
                    before = raw.ProcessorTime;
                    rawRuns.Add(await LoadAsync(baselineCall, requests, connectionCount));
                    rawCpu += raw.ProcessorTime - before;
                }

                // Processor time per request, each server's own: hardly moved by the other processes of a shared machine.
                var (measuredCpuMs, rawCpuMs) = (measuredCpu.TotalMilliseconds / (rounds * requests), rawCpu.TotalMilliseconds / (rounds * requests));

                var measuredLatencies = measuredRuns.SelectMany(r => r.Latencies).Order().ToList();
                var rawLatencies = rawRuns.SelectMany(r => r.Latencies).Order().ToList();
                var measuredThroughput = Median(measuredRuns.Select(r => r.Throughput));
                var rawThroughput = Median(rawRuns.Select(r => r.Throughput));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{size,4} | {connectionCount,5} | {Percentile(measuredLatencies, 0.5),10:F2} | {Percentile(measuredLatencies, 0.95),10:F2} | {Percentile(rawLatencies, 0.5),10:F2} | {Percentile(rawLatencies, 0.95),10:F2} | {Percentile(measuredLatencies, 0.5) / Percentile(rawLatencies, 0.5),9:F2} | {measuredThroughput,9:F0} | {rawThroughput,9:F0} | {100 * measuredThroughput / rawThroughput,12:F0} | {measuredCpuMs,10:F2} | {rawCpuMs,10:F2} | {measuredCpuMs / rawCpuMs,9:F1}"));
            }
        }
    }

    /// <summary>
    /// The in-process pass, on a test host's <see cref="SqlCommandCounter"/> (production registers none): creates the
    /// database (migrate, seed, <paramref name="referrals"/> more referrals) and counts the SQL statements of one
    /// request at each page size. The measured API is then the published one, in its own process, on this file.
    /// </summary>
    public static async Task<(long Organisation, int Added, Dictionary<int, int> Statements)> PrepareAsync(
        string database, string clientId, int referrals, int[] sizes)
    {
        var app = BenchHost.Build(database, ["--RateLimiting:PermitLimit=1000000"], builder => builder.Services.AddSqlCommandCounter());
        await app.StartAsync();
        try
        {
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            var (added, _) = await BenchReferral.CreateManyAsync(app.Services, clientId, referrals);
            long organisation;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                organisation = await scope.ServiceProvider.GetRequiredService<ClientRegistry>().OrganisationOfAsync(clientId, CancellationToken.None)
                    ?? throw new InvalidOperationException($"Unknown client {clientId}.");
            }

            var token = await TokenAsync(address, clientId, clientId + "-secret");
            var counter = app.Services.GetRequiredService<SqlCommandCounter>();
            var statements = new Dictionary<int, int>();
            using var http = new HttpClient();
            foreach (var size in sizes)
            {
                await ApiRequestAsync(http, address, token, size);
                counter.Reset();
                await ApiRequestAsync(http, address, token, size);
                statements[size] = counter.Commands.Count;
            }

            return (organisation, added.Length, statements);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    /// <summary>Runs <paramref name="count"/> calls, <paramref name="concurrency"/> at a time: each call's latency in ms, and calls per second.</summary>
    public static async Task<(List<double> Latencies, double Throughput)> LoadAsync(Func<Task> call, int count, int concurrency)
    {
        var latencies = new double[count];
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count)
            {
                var started = Stopwatch.GetTimestamp();
                await call();
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
        return ([.. latencies], count / clock.Elapsed.TotalSeconds);
    }

    private static async Task<string> ApiRequestAsync(HttpClient http, Uri address, string token, int first)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, "/graphql"))
        {
            Content = JsonContent.Create(new { query = Query, variables = new { first }, operationName = "Inbox" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    public static async Task<string> TokenAsync(Uri address, string clientId, string secret)
    {
        using var http = new HttpClient { BaseAddress = address };
        var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1))];

    public static double Median(IEnumerable<double> values) => Percentile([.. values.Order()], 0.5);

    /// <summary>The machine's load (1, 5, 15 minutes), as <c>uptime</c> prints it; the machine is shared.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
