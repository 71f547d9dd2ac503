using Microsoft.AspNetCore.Builder;
using Partners.Api;

namespace Partners.Benchmarks;

/// <summary>The host as <c>dotnet run</c> starts it in Development, on Kestrel, over a temporary SQLite file with the demo seed.</summary>
public static class BenchHost
{
    public static WebApplication Build(string database, string[] settings, Action<WebApplicationBuilder>? configure = null) => PartnersHost.Build(
    [
        "--environment", "Development",
        "--urls", "http://127.0.0.1:0",
        $"--ConnectionStrings:Partners=Data Source={database}",
        "--Database:MigrateOnStartup=true",
        "--Database:SeedDemoData=true",
        "--Logging:LogLevel:Default=Warning",
        .. settings,
    ], configure);
}
