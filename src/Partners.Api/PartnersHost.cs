using Partners.Api.Commission;
using Partners.Api.Events;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Http;
using Partners.Api.GraphQL.WebSockets;
using Partners.Api.Health;
using Partners.Api.Identity;
using Partners.Api.Members;
using Partners.Api.Operations;
using Partners.Api.Referrals;
using Partners.Api.Retention;
using Partners.Api.Seed;
using Partners.Data;

namespace Partners.Api;

/// <summary>
/// Builds the host: Program.cs runs it, and the tools under <c>tools/</c> build the same one to print the schema
/// or migrate the database, so neither can drift from what runs.
/// </summary>
public static class PartnersHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services
            .AddPartnersPersistence(builder.Configuration, builder.Environment, CompiledModels.For)
            .AddPartnersIdentity(builder.Configuration, builder.Environment)
            .AddPartnersRateLimiting(builder.Configuration)
            .AddPartnersGraphQL(builder.Configuration, builder.Environment)
            .AddPartnersWorkflow(builder.Configuration)
            .AddPartnersWebSockets(builder.Configuration)
            .AddPartnersEvents(builder.Configuration)
            .AddPartnersRetention(builder.Configuration)
            .AddPartnersHealth()
            .AddPartnersTelemetry(builder.Configuration)
            .AddPartnersCors(builder.Configuration)
            .AddPartnersSeed();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseFirstAnswer();
        app.UsePartnersErrorHandling();
        app.UseCors();
        app.UseWebSockets();
        // The browser bundles (wwwroot/ide, wwwroot/commission), built from npm at build time: the IDE at GET /graphql
        // and the dashboard at /commission/ load only these.
        app.UseStaticFiles();
        app.UsePartnersTokenFailureThrottle();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.MapPartnersTokenEndpoint();
        app.MapMemberAuthorization();
        app.MapMemberAccount();
        app.MapCommissionDashboard();
        app.MapPartnersHealth();
        app.MapPartnersGraphQL();
        return app;
    }
}
