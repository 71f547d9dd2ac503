namespace Partners.Tools.Clients;

/// <summary>
/// The <c>clients</c> options (<c>--client-id</c>, <c>--organisation</c>, <c>--scopes</c>, the flag
/// <c>--social-service</c>); every other argument
/// is the host's configuration (<c>--environment</c>, <c>--ConnectionStrings:Partners=…</c>), as for <c>migrate</c>.
/// </summary>
public sealed record ClientOptions(string? ClientId, string? Organisation, string? Scopes, string[] HostArguments, bool SocialService = false)
{
    private static readonly string[] Names = ["--client-id", "--organisation", "--scopes"];

    public static ClientOptions Parse(IReadOnlyList<string> args)
    {
        var socialService = args.Contains("--social-service", StringComparer.Ordinal);
        var (values, host) = ToolHost.Split([.. args.Where(a => a != "--social-service")], Names);
        return new ClientOptions(
            values.GetValueOrDefault("--client-id"), values.GetValueOrDefault("--organisation"),
            values.GetValueOrDefault("--scopes"), host, socialService);
    }
}
