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
        where T : notnull =>
        (T)(context.RequestServices ?? throw new InvalidOperationException("No request services."))
            .GetService(typeof(T))!
        ?? throw new InvalidOperationException($"{typeof(T).Name} is not registered.");
}
