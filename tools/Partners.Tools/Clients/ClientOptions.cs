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
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var host = new List<string>();
        var socialService = false;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--social-service")
            {
                socialService = true;
            }
            else if (Names.Contains(args[i]) && i + 1 < args.Count)
            {
                values[args[i]] = args[++i];
            }
            else
            {
                host.Add(args[i]);
            }
        }

        return new ClientOptions(
            values.GetValueOrDefault("--client-id"), values.GetValueOrDefault("--organisation"),
            values.GetValueOrDefault("--scopes"), [.. host], socialService);
    }
}
