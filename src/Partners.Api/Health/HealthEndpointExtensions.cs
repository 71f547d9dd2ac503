using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Partners.Api.Health;

public static class HealthEndpointExtensions
{
    public static IServiceCollection AddPartnersHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// <c>/health</c> and <c>/health/ready</c>: the overall status and each check's (the database), never an
    /// exception's text; 503 when unhealthy, so a load balancer stops sending traffic. <c>/health/live</c> runs no
    /// check: it answers while the process serves requests, so an orchestrator restarts only a stuck process.
    /// </summary>
    public static IEndpointRouteBuilder MapPartnersHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", Report(_ => true));
        endpoints.MapHealthChecks("/health/ready", Report(check => check.Tags.Contains("ready")));
        endpoints.MapHealthChecks("/health/live", Report(_ => false));
        return endpoints;
    }

    private static HealthCheckOptions Report(Func<HealthCheckRegistration, bool> predicate) =>
        new()
        {
            Predicate = predicate,
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "application/json; charset=utf-8";
                return context.Response.WriteAsync(JsonSerializer.Serialize(new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
                }));
            },
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        };
}
