namespace Partners.Api.Operations;

public static class CorsExtensions
{
    public const string OriginsKey = "Cors:AllowedOrigins";

    /// <summary>
    /// Browsers on the origins of <c>Cors:AllowedOrigins</c> (e.g. <c>https://dashboard.example</c>) may call the
    /// API with a bearer token: any method, the headers <c>Authorization</c>, <c>Content-Type</c>,
    /// <c>Accept</c>, <c>Accept-Language</c>, <c>Idempotency-Key</c>; no cookies. Every preflight is answered
    /// (204), with the CORS headers only for a configured origin.
    /// </summary>
    public static IServiceCollection AddPartnersCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection(OriginsKey).Get<string[]>() ?? [];
        services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins([.. origins.Select(o => o.TrimEnd('/'))])
            .WithMethods("GET", "POST")
            .WithHeaders("Authorization", "Content-Type", "Accept", "Accept-Language", "Idempotency-Key")
            .WithExposedHeaders("Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        return services;
    }
}
