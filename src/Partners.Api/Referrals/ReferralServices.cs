using Partners.Api.Boundaries;
using Partners.Domain.Boundaries;
using Partners.Domain.Referrals;

namespace Partners.Api.Referrals;

public static class WorkflowServiceCollectionExtensions
{
    /// <summary>The workflow's rules and periods (sections <c>Referrals</c> and <c>Boundaries</c>) and the request-scoped boundary services.</summary>
    public static IServiceCollection AddPartnersWorkflow(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("Referrals").Get<ReferralOptions>() ?? new ReferralOptions());
        services.AddSingleton(configuration.GetSection(BoundaryOptions.Section).Get<BoundaryOptions>() ?? new BoundaryOptions());
        services.AddSingleton<ReferralEligibility>();
        services.AddScoped<BoundaryRule>();
        services.AddScoped<AccessLedger>();
        services.AddSingleton<AccessLogCommitter>();
        // Contracts whose period is over expire by themselves (domain.md, "Organisations").
        services.AddSingleton(configuration.GetSection("Contracts").Get<Contracts.ContractExpiryOptions>() ?? new Contracts.ContractExpiryOptions());
        services.AddSingleton<Contracts.ContractExpiryJob>();
        services.AddHostedService(provider => provider.GetRequiredService<Contracts.ContractExpiryJob>());
        return services;
    }
}
