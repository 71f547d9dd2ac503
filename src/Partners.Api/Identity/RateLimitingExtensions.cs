using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using Partners.Api.GraphQL.Http;
using Partners.Api.Localization;
using Partners.Domain.Common;

namespace Partners.Api.Identity;

/// <summary>The <c>RateLimiting</c> section: requests per client (or per address when anonymous) per window.</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    public int PermitLimit { get; set; } = 600;

    public int WindowSeconds { get; set; } = 60;

    /// <summary>Failed client authentications on <c>/connect/token</c> one client id may make per failure window.</summary>
    public int TokenFailuresPerClient { get; set; } = 10;

    /// <summary>Failed client authentications on <c>/connect/token</c> one address may make per failure window.</summary>
    public int TokenFailuresPerAddress { get; set; } = 30;

    /// <summary>The sliding window over which failed client authentications are counted.</summary>
    public int TokenFailureWindowSeconds { get; set; } = 300;
}

public static class RateLimitingExtensions
{
    /// <summary>
    /// One fixed window per OAuth client, so one integrator's loop cannot starve the others; anonymous callers are
    /// counted by address. Over the limit: 429 with <c>Retry-After</c> and the code <c>RATE_LIMITED</c>.
    /// </summary>
    public static IServiceCollection AddPartnersRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitingOptions.Section).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        services.AddSingleton(options);
        services.AddSingleton<TokenFailureThrottle>();
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                if (http.Request.Path.StartsWithSegments("/health"))
                {
                    return RateLimitPartition.GetNoLimiter("health");
                }

                var key = http.User.FindFirst(PartnersClaims.ClientId)?.Value is { } clientId
                    ? "client:" + clientId
                    : "address:" + http.Connection.RemoteIpAddress;
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitLimit,
                    Window = TimeSpan.FromSeconds(options.WindowSeconds),
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : options.WindowSeconds;
                var http = context.HttpContext;
                var language = LanguageNegotiation.FromAcceptLanguage(http.Request.Headers.AcceptLanguage);
                var message = http.RequestServices.GetRequiredService<Messages>().Get("rate_limited", language, retryAfter);
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                http.Response.ContentType = MediaTypes.Json + "; charset=utf-8";
                await http.Response.WriteAsync(
                    JsonSerializer.Serialize(new { errors = new[] { new { message, extensions = new { code = ErrorCodes.RateLimited } } } }),
                    cancellationToken);
            };
        });
        return services;
    }
}
