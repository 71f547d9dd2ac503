using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Operations;

/// <summary>The host with a browser origin allowed, an OTLP endpoint configured and its log lines kept.</summary>
public sealed class OperationsApiFactory : PartnersApiFactory
{
    public const string DashboardOrigin = "https://dashboard.example";

    public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Logs { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Cors:AllowedOrigins:0", DashboardOrigin),
        // Nothing listens there: the exporter's failures stay inside OpenTelemetry, as in production when a collector is down.
        new("OpenTelemetry:Otlp:Endpoint", "http://127.0.0.1:9"),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(new KeepingLoggerProvider(Logs)));
    }

    private sealed class KeepingLoggerProvider(ConcurrentQueue<(string, LogLevel, string)> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new KeepingLogger(categoryName, logs);

        public void Dispose()
        {
        }
    }

    private sealed class KeepingLogger(string category, ConcurrentQueue<(string, LogLevel, string)> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Enqueue((category, logLevel, formatter(state, exception)));
    }
}
