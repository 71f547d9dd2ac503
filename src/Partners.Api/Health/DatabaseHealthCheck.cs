using Microsoft.Extensions.Diagnostics.HealthChecks;
using Partners.Data;

namespace Partners.Api.Health;

/// <summary>Reports whether the database answers; <c>/health</c> is 503 when it does not.</summary>
public sealed class DatabaseHealthCheck(PartnersDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("The database answers.")
                : HealthCheckResult.Unhealthy("The database does not answer.");
        }
        catch (Exception exception)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", exception);
        }
    }
}
