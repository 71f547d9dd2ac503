namespace Partners.Api.Identity;

public static class IdentityServiceCollectionExtensions
{
    public static IServiceCollection AddPartnersIdentity(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddAuthentication();
        return services;
    }
}
