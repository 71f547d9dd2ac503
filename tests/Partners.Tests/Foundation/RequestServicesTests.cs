using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.GraphQL;
using Partners.Api.Localization;

namespace Partners.Tests.Foundation;

/// <summary>
/// Resolvers ask for the request's services through <see cref="ResolveFieldContextExtensions.Service{T}"/>, which
/// keeps what a scope resolved for the rest of the execution: scoped and singleton services once, transient ones
/// anew each time (as registered), and a user context reused in another scope (a subscription's events) never
/// hands over the first scope's services.
/// </summary>
public sealed class RequestServicesTests
{
    private sealed class Scoped;

    private sealed class Transient;

    [Fact]
    public async Task A_scoped_service_is_resolved_once_per_scope_and_a_transient_one_every_time()
    {
        var services = new ServiceCollection();
        services.AddScoped<Scoped>();
        services.AddTransient<Transient>();
        services.AddSingleton(new ServiceLifetimes(services));
        await using var root = services.BuildServiceProvider(validateScopes: true);
        var user = new PartnersUserContext { Caller = null, Language = Language.French, Transport = "POST" };
        await using var first = root.CreateAsyncScope();
        await using var second = root.CreateAsyncScope();

        var inFirst = Context(first.ServiceProvider, user);
        Assert.Same(inFirst.Service<Scoped>(), inFirst.Service<Scoped>());
        Assert.NotSame(inFirst.Service<Transient>(), inFirst.Service<Transient>());

        var inSecond = Context(second.ServiceProvider, user);
        Assert.Same(second.ServiceProvider.GetRequiredService<Scoped>(), inSecond.Service<Scoped>());
        Assert.NotSame(inFirst.Service<Scoped>(), inSecond.Service<Scoped>());
    }

    private static ResolveFieldContext Context(IServiceProvider services, PartnersUserContext user) =>
        new() { RequestServices = services, UserContext = user };
}
