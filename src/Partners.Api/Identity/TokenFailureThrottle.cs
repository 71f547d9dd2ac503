using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.RateLimiting;
using Partners.Api.GraphQL.Http;
using Partners.Api.Localization;
using Partners.Domain.Common;

namespace Partners.Api.Identity;

/// <summary>
/// Throttles guessing of client secrets on <c>/connect/token</c>: each failed client authentication (OpenIddict
/// answers 401) takes a permit from a sliding window of the client id and one of the caller's address
/// (<c>RateLimiting:TokenFailuresPerClient</c>, <c>TokenFailuresPerAddress</c>, <c>TokenFailureWindowSeconds</c>).
/// When either window is spent, every token request for that client id or from that address answers 429 with
/// <c>Retry-After</c> until the window frees a permit, the right secret included. Successes take nothing.
/// </summary>
public sealed class TokenFailureThrottle : IDisposable
{
    public const string TokenPath = "/connect/token";

    private readonly RateLimitingOptions options;
    private readonly PartitionedRateLimiter<string> failures;

    public TokenFailureThrottle(RateLimitingOptions options)
    {
        this.options = options;
        failures = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = key.StartsWith("client:", StringComparison.Ordinal) ? options.TokenFailuresPerClient : options.TokenFailuresPerAddress,
            Window = TimeSpan.FromSeconds(options.TokenFailureWindowSeconds),
            SegmentsPerWindow = 10,
            QueueLimit = 0,
        }));
    }

    public async Task InvokeAsync(HttpContext http, Func<Task> next)
    {
        var keys = await KeysAsync(http);
        if (keys.Any(Spent))
        {
            await RefuseAsync(http);
            return;
        }

        await next();
        if (http.Response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            foreach (var key in keys)
            {
                using var lease = failures.AttemptAcquire(key);
            }
        }
    }

    private bool Spent(string key) => failures.GetStatistics(key)?.CurrentAvailablePermits <= 0;

    /// <summary>The address, and the client id from the form or from HTTP Basic authentication.</summary>
    private static async Task<List<string>> KeysAsync(HttpContext http)
    {
        var keys = new List<string> { "address:" + http.Connection.RemoteIpAddress };
        string? clientId = null;
        if (AuthenticationHeaderValue.TryParse(http.Request.Headers.Authorization, out var header)
            && string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) && header.Parameter is { } parameter)
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
                clientId = Uri.UnescapeDataString(pair.Split(':', 2)[0]);
            }
            catch (FormatException)
            {
                // Not Basic credentials: OpenIddict refuses the request itself.
            }
        }
        else if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            clientId = form["client_id"].FirstOrDefault();
        }

        if (!string.IsNullOrEmpty(clientId))
        {
            keys.Add("client:" + clientId);
        }

        return keys;
    }

    private async Task RefuseAsync(HttpContext http)
    {
        var retryAfter = Math.Max(1, options.TokenFailureWindowSeconds / 10);
        var language = LanguageNegotiation.FromAcceptLanguage(http.Request.Headers.AcceptLanguage);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        http.Response.ContentType = MediaTypes.Json + "; charset=utf-8";
        await http.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["error"] = "temporarily_unavailable",
            ["error_description"] = http.RequestServices.GetRequiredService<Messages>().Get("rate_limited", language, retryAfter),
            ["code"] = ErrorCodes.RateLimited,
        }), http.RequestAborted);
    }

    public void Dispose() => failures.Dispose();
}

public static class TokenFailureThrottleExtensions
{
    /// <summary>Before authentication, where OpenIddict checks the client's secret.</summary>
    public static IApplicationBuilder UsePartnersTokenFailureThrottle(this IApplicationBuilder app)
    {
        var throttle = app.ApplicationServices.GetRequiredService<TokenFailureThrottle>();
        return app.UseWhen(
            http => http.Request.Path.Equals(TokenFailureThrottle.TokenPath, StringComparison.OrdinalIgnoreCase),
            branch => branch.Use((http, next) => throttle.InvokeAsync(http, next)));
    }
}
