using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Partners.Benchmarks;

/// <summary>
/// <c>startup</c> mode: process start to first answer of the published API (<see cref="PublishedApi"/>, with the
/// settings <c>dotnet run</c> uses: Development, migrate and seed on, over an existing database) against a bare
/// minimal API (<see cref="RawApi"/>, published the same way), alternated <c>--runs</c> times; prints the medians and
/// their ratio, and the floor (<see cref="FloorApi"/>: the bare API plus this stack's unavoidable start) the same way.
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

            var apiTimes = new List<double>();
            var bareTimes = new List<double>();
            var floorTimes = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                var (started, elapsed) = await ChildProcess.StartAsync(api, timedSettings, FirstGraphQLAnswer);
                await started.DisposeAsync();
                apiTimes.Add(elapsed.TotalMilliseconds);
                var (bare, bareElapsed) = await ChildProcess.StartAsync(baseline, ["raw"], async http => (await http.GetAsync("/")).IsSuccessStatusCode);
                await bare.DisposeAsync();
                bareTimes.Add(bareElapsed.TotalMilliseconds);
                var (floor, floorElapsed) = await ChildProcess.StartAsync(baseline, ["floor", $"--ConnectionStrings:Partners=Data Source={database}"], FirstGraphQLAnswer);
                await floor.DisposeAsync();
                floorTimes.Add(floorElapsed.TotalMilliseconds);
            }

            var apiMedian = InboxBench.Median(apiTimes);
            var bareMedian = InboxBench.Median(bareTimes);
            var floorMedian = InboxBench.Median(floorTimes);
            Console.WriteLine("process start to first answer, existing database | median ms | ratio to the bare API | runs (ms)");
            Line("API (POST /graphql { __typename })", apiMedian, apiTimes);
            Line("bare minimal API (GET /)", bareMedian, bareTimes);
            Line("floor: bare API + the schema + a first EF query (POST /graphql)", floorMedian, floorTimes);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio {apiMedian / bareMedian:F2} (the floor's {floorMedian / bareMedian:F2}); load average {InboxBench.LoadAverage()}"));
            void Line(string name, double median, List<double> times) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name} | {median:F0} | {median / bareMedian:F2} | {string.Join(", ", times.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))}"));
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
