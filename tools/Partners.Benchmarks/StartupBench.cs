using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Partners.Benchmarks;

/// <summary>
/// <c>startup</c> mode: process start to first answer of the published API (<see cref="PublishedApi"/>, with the
/// settings <c>dotnet run</c> uses: Development, migrate and seed on, over an existing database) against a bare
/// minimal API (<see cref="RawApi"/>, published the same way), alternated <c>--runs</c> times; prints the medians and
/// their ratio (and each one's processor time until its answer: the figure the machine's load moves least), and the floor (<see cref="StartupFloorApi"/>: the bare API plus this stack's unavoidable start) the same way.
/// <c>--environment Production</c> starts the API as production does instead (no migration check, no
/// demo seed, token keys from a certificate file: a self-signed one made for the run) on the same database.
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
        var production = string.Equals(RawApi.Arg(args, "environment"), "Production", StringComparison.OrdinalIgnoreCase);
        var certificate = production ? SelfSignedCertificate() : null;
        string[] timedSettings = production
            ?
            [
                "--environment", "Production",
                $"--ConnectionStrings:Partners=Data Source={database}",
                "--Logging:LogLevel:Default=Warning",
                $"--Identity:SigningCertificatePath={certificate}",
                $"--Identity:EncryptionCertificatePath={certificate}",
                "--Identity:RequireHttps=false",
            ]
            : settings;
        static async Task<bool> FirstGraphQLAnswer(HttpClient http) =>
            (await http.PostAsJsonAsync("/graphql", new { query = "{ __typename }" })).IsSuccessStatusCode;
        try
        {
            // The database exists before the runs: created, migrated and seeded by a first start.
            var (first, created) = await ChildProcess.StartAsync(api, settings, FirstGraphQLAnswer);
            await first.DisposeAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{api} ({(production ? "Production" : "Development")})\n{baseline}\nfirst start (new database: migrate and seed): {created.TotalMilliseconds:F0} ms; load average {InboxBench.LoadAverage()}"));

            var (apiTimes, apiCpu) = (new List<double>(), new List<double>());
            var (bareTimes, bareCpu) = (new List<double>(), new List<double>());
            var (floorTimes, floorCpu) = (new List<double>(), new List<double>());
            for (var run = 0; run < runs; run++)
            {
                await TimeAsync(api, timedSettings, FirstGraphQLAnswer, apiTimes, apiCpu);
                await TimeAsync(baseline, ["raw"], async http => (await http.GetAsync("/")).IsSuccessStatusCode, bareTimes, bareCpu);
                await TimeAsync(baseline, ["startfloor", $"--ConnectionStrings:Partners=Data Source={database}"], FirstGraphQLAnswer, floorTimes, floorCpu);
            }

            var bareMedian = InboxBench.Median(bareTimes);
            var bareCpuMedian = InboxBench.Median(bareCpu);
            Console.WriteLine("process start to first answer, existing database | median ms | ratio to the bare API | processor ms (median) | its ratio | runs (ms)");
            Line("API (POST /graphql { __typename })", apiTimes, apiCpu);
            Line("bare minimal API (GET /)", bareTimes, bareCpu);
            Line("floor: bare API + the schema + a first EF query (POST /graphql)", floorTimes, floorCpu);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio {InboxBench.Median(apiTimes) / bareMedian:F2} (the floor's {InboxBench.Median(floorTimes) / bareMedian:F2}); load average {InboxBench.LoadAverage()}"));
            void Line(string name, List<double> times, List<double> cpu) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name} | {InboxBench.Median(times):F0} | {InboxBench.Median(times) / bareMedian:F2} | {InboxBench.Median(cpu):F0} | {InboxBench.Median(cpu) / bareCpuMedian:F2} | {string.Join(", ", times.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))}"));
            return 0;
        }
        finally
        {
            foreach (var file in new[] { database, database + "-wal", database + "-shm", certificate })
            {
                if (file is not null)
                {
                    File.Delete(file);
                }
            }
        }
    }

    /// <summary>One start: the time to the first answer and the processor time the process used until then.</summary>
    private static async Task TimeAsync(string dll, IEnumerable<string> args, Func<HttpClient, Task<bool>> probe, List<double> times, List<double> processor)
    {
        var (started, elapsed) = await ChildProcess.StartAsync(dll, args, probe);
        processor.Add(started.ProcessorTime.TotalMilliseconds);
        await started.DisposeAsync();
        times.Add(elapsed.TotalMilliseconds);
    }

    /// <summary>A self-signed certificate file for the production token keys (an operator provides real ones).</summary>
    private static string SelfSignedCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Partners benchmark", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var path = Path.Combine(Path.GetTempPath(), $"partners-startup-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12));
        return path;
    }
}
