using Partners.Domain.Retention;

namespace Partners.Api.Retention;

public static class RetentionServiceCollectionExtensions
{
    /// <summary>The retention runner (also used by <c>tools/Partners.Tools retention run</c>) and its daily background service.</summary>
    public static IServiceCollection AddPartnersRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(RetentionOptions.Section).Get<RetentionOptions>() ?? new RetentionOptions());
        services.AddScoped<RetentionRunner>();
        services.AddHostedService<RetentionService>();
        return services;
    }
}
