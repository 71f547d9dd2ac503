using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Partners.Api.Operations;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The OTLP endpoint setting; the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable works too.</summary>
    public const string OtlpEndpointKey = "OpenTelemetry:Otlp:Endpoint";

    /// <summary>
    /// Traces (ASP.NET Core, EF Core, GraphQL operations, outbox, subscriptions) and metrics (ASP.NET Core, Partners)
    /// exported by OTLP when an endpoint is configured; otherwise nothing is collected or exported.
    /// </summary>
    public static IServiceCollection AddPartnersTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration[OtlpEndpointKey] ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint) || !Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OpenTelemetry:ServiceName"] ?? "partners-api"))
            .WithTracing(tracing => tracing
                .AddSource(PartnersTelemetry.Name)
                .AddAspNetCoreInstrumentation(aspnet => aspnet.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddEntityFrameworkCoreInstrumentation()
                .AddOtlpExporter(otlp => otlp.Endpoint = uri))
            .WithMetrics(metrics => metrics
                .AddMeter(PartnersTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddOtlpExporter(otlp => otlp.Endpoint = uri));
        return services;
    }
}
