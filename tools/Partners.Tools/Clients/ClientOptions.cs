namespace Partners.Tools.Clients;

/// <summary>The <c>clients</c> options (<c>--client-id</c>, <c>--organisation</c>, <c>--scopes</c>) and the host's arguments.</summary>
public sealed record ClientOptions(string? ClientId, string? Organisation, string? Scopes, string[] HostArguments)
{
    public static ClientOptions Parse(IReadOnlyList<string> args)
    {
        var options = CommandOptions.Parse(args, "--client-id", "--organisation", "--scopes");
        return new ClientOptions(options["--client-id"], options["--organisation"], options["--scopes"], options.HostArguments);
    }
}
