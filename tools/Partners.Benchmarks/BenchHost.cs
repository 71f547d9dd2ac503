using Microsoft.AspNetCore.Builder;
using Partners.Api;

namespace Partners.Benchmarks;

/// <summary>The host as <c>dotnet run</c> starts it in Development, on Kestrel, over a temporary SQLite file with the demo seed.</summary>
public static class BenchHost
{
    /// <summary>The settings <c>dotnet run</c> uses, on <paramref name="database"/>: in process, or for the published API started as a process.</summary>
    public static string[] Settings(string database) =>
    [
        "--environment", "Development",
        $"--ConnectionStrings:Partners=Data Source={database}",
        "--Database:MigrateOnStartup=true",
        "--Database:SeedDemoData=true",
        "--Logging:LogLevel:Default=Warning",
    ];

    public static WebApplication Build(string database, string[] settings, Action<WebApplicationBuilder>? configure = null) =>
        PartnersHost.Build(["--urls", "http://127.0.0.1:0", .. Settings(database), .. settings], configure);
}
