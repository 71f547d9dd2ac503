using System.Globalization;
using System.Net.Http.Json;

namespace Partners.Benchmarks;

/// <summary>
/// <c>startup</c> mode: process start to first answer of the published API (<see cref="PublishedApi"/>, with the
/// settings <c>dotnet run</c> uses: Development, migrate and seed on, over an existing database) against a bare
/// minimal API (<see cref="RawApi"/>, published the same way), alternated <c>--runs</c> times; prints the medians and
/// their ratio.
/// </summary>
public static class StartupBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = int.Parse(RawApi.Arg(args, "runs") ?? "5", CultureInfo.InvariantCulture);
        var api = PublishedApi.Dll(args);
        var baseline = PublishedApi.Baseline();
        var database = Path.Combine(Path.GetTempPath(), $"partners-startup-{Guid.NewGuid():N}.db");
        var settings = BenchHost.Settings(database);
        static async Task<bool> FirstGraphQLAnswer(HttpClient http) =>
            (await http.PostAsJsonAsync("/graphql", new { query = "{ __typename }" })).IsSuccessStatusCode;
        try
        {
            // The database exists before the runs: created, migrated and seeded by a first start.
            var (first, created) = await ChildProcess.StartAsync(api, settings, FirstGraphQLAnswer);
            await first.DisposeAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{api}\n{baseline}\nfirst start (new database: migrate and seed): {created.TotalMilliseconds:F0} ms; load average {InboxBench.LoadAverage()}"));

            var apiTimes = new List<double>();
            var bareTimes = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                var (started, elapsed) = await ChildProcess.StartAsync(api, settings, FirstGraphQLAnswer);
                await started.DisposeAsync();
                apiTimes.Add(elapsed.TotalMilliseconds);
                var (bare, bareElapsed) = await ChildProcess.StartAsync(baseline, ["raw"], async http => (await http.GetAsync("/")).IsSuccessStatusCode);
                await bare.DisposeAsync();
                bareTimes.Add(bareElapsed.TotalMilliseconds);
            }

            var apiMedian = InboxBench.Median(apiTimes);
            var bareMedian = InboxBench.Median(bareTimes);
            Console.WriteLine("process start to first answer, existing database | median ms | runs (ms)");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"API (POST /graphql {{ __typename }}) | {apiMedian:F0} | {string.Join(", ", apiTimes.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bare minimal API (GET /) | {bareMedian:F0} | {string.Join(", ", bareTimes.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio {apiMedian / bareMedian:F2}; load average {InboxBench.LoadAverage()}"));
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
}
