using System.Globalization;
using System.Net.Http.Json;

namespace Partners.Benchmarks;

/// <summary>
/// <c>startup</c> mode: process start to first answer of the API (<c>dotnet Partners.Api.dll</c> as
/// <c>dotnet run</c> starts it: Development, migrate and seed on, over an existing database) against a bare
/// minimal API (<see cref="RawApi"/>), alternated <c>--runs</c> times; prints the medians and their ratio.
/// </summary>
public static class StartupBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = int.Parse(RawApi.Arg(args, "runs") ?? "5", CultureInfo.InvariantCulture);
        var api = ApiDll();
        var database = Path.Combine(Path.GetTempPath(), $"partners-startup-{Guid.NewGuid():N}.db");
        string[] settings =
        [
            "--environment", "Development",
            $"--ConnectionStrings:Partners=Data Source={database}",
            "--Database:MigrateOnStartup=true",
            "--Database:SeedDemoData=true",
            "--Logging:LogLevel:Default=Warning",
        ];
        static async Task<bool> FirstGraphQLAnswer(HttpClient http) =>
            (await http.PostAsJsonAsync("/graphql", new { query = "{ __typename }" })).IsSuccessStatusCode;
        try
        {
            // The database exists before the runs: created, migrated and seeded by a first start.
            var (first, created) = await ChildProcess.StartAsync(api, settings, FirstGraphQLAnswer);
            await first.DisposeAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{api}\nfirst start (new database: migrate and seed): {created.TotalMilliseconds:F0} ms; load average {InboxBench.LoadAverage()}"));

            var apiTimes = new List<double>();
            var bareTimes = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                var (started, elapsed) = await ChildProcess.StartAsync(api, settings, FirstGraphQLAnswer);
                await started.DisposeAsync();
                apiTimes.Add(elapsed.TotalMilliseconds);
                var (bare, bareElapsed) = await ChildProcess.StartAsync(typeof(RawApi).Assembly.Location, ["raw"], async http => (await http.GetAsync("/")).IsSuccessStatusCode);
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

    /// <summary>The API built in the benchmark's configuration: src/Partners.Api/bin/&lt;configuration&gt;/net10.0/Partners.Api.dll.</summary>
    private static string ApiDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!.Name;
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Partners.sln")))
        {
            root = root.Parent;
        }

        var dll = Path.Combine(root?.FullName ?? throw new InvalidOperationException("Partners.sln not found above the benchmark."),
            "src", "Partners.Api", "bin", configuration, output.Name, "Partners.Api.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the API first.", dll);
    }
}
