using System.Collections.Concurrent;
using GraphQL;
using Partners.Api.Identity;
using Partners.Api.Localization;

namespace Partners.Api.GraphQL;

/// <summary>What every resolver knows of the request: who calls, in which language, over which transport.</summary>
public sealed class PartnersUserContext : Dictionary<string, object?>
{
    public required Caller? Caller { get; init; }

    public required Language Language { get; init; }

    /// <summary><c>GET</c>, <c>POST</c> or <c>WS</c>: a mutation is refused over GET.</summary>
    public required string Transport { get; init; }

    /// <summary>The operation name the client gave, for the access log.</summary>
    public string? OperationName { get; init; }

    /// <summary>The <c>Idempotency-Key</c> header, when the client sent one: a retried mutation answers its first result.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>
    /// Set by <c>EventStream</c> when the subscription streams bus events: each event is loaded and authorised by the
    /// caller's <see cref="Identity.Caller.Audience"/> alone, so subscribers of one audience and document share its execution.
    /// </summary>
    public bool StreamsEvents { get; set; }

    private RequestServices? services;

    /// <summary>
    /// A service of <paramref name="provider"/> (the request's scope), resolved once per execution and type: the
    /// resolvers ask for the same few (the loaders, the access ledger, the clock) at every field of every row, and each
    /// resolution from a scope takes the scope's lock. Transient services are resolved anew each time, as registered.
    /// </summary>
    internal object? Service(IServiceProvider provider, Type type)
    {
        var cache = services;
        if (cache is null || !ReferenceEquals(cache.Provider, provider))
        {
            // A subscription's events may run in scopes of their own with the same user context: one cache per scope.
            cache = services = new RequestServices(provider, provider.GetService<ServiceLifetimes>());
        }

        if (cache.Resolved.TryGetValue(type, out var resolved))
        {
            return resolved;
        }

        var service = provider.GetService(type);
        return service is null || cache.Lifetimes?.IsTransient(type) != false ? service : cache.Resolved.GetOrAdd(type, service);
    }

    private sealed record RequestServices(IServiceProvider Provider, ServiceLifetimes? Lifetimes)
    {
        public ConcurrentDictionary<Type, object> Resolved { get; } = new();
    }
}

/// <summary>The service types registered as transient (read once from the service collection): never kept per request.</summary>
public sealed class ServiceLifetimes(IServiceCollection services)
{
    private readonly Lazy<HashSet<Type>> transient = new(() =>
        [.. services.Where(d => d.Lifetime == ServiceLifetime.Transient).Select(d => d.ServiceType)]);

    public bool IsTransient(Type type) =>
        transient.Value.Contains(type) || (type.IsConstructedGenericType && transient.Value.Contains(type.GetGenericTypeDefinition()));
}

public static class ResolveFieldContextExtensions
{
    public static PartnersUserContext Partners(this IResolveFieldContext context) =>
        context.UserContext as PartnersUserContext
        ?? throw new InvalidOperationException("The request has no Partners user context.");

    /// <summary>The authenticated caller; fields reached here passed the access rules, so it is never null.</summary>
    public static Caller Caller(this IResolveFieldContext context) =>
        context.Partners().Caller ?? throw new InvalidOperationException("The field needs an authenticated caller.");

    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull
    {
        var provider = context.RequestServices ?? throw new InvalidOperationException("No request services.");
        var service = context.UserContext is PartnersUserContext user ? user.Service(provider, typeof(T)) : provider.GetService(typeof(T));
        return (T?)service ?? throw new InvalidOperationException($"{typeof(T).Name} is not registered.");
    }
}
