namespace Partners.Tools;

/// <summary>
/// A command's named options (<c>--name value</c>, repeatable); every other argument is the host's configuration
/// (<c>--environment</c>, <c>--ConnectionStrings:Partners=…</c>), as for <c>migrate</c>.
/// </summary>
public sealed class CommandOptions
{
    private readonly Dictionary<string, List<string>> values = new(StringComparer.Ordinal);

    private CommandOptions(string[] hostArguments) => HostArguments = hostArguments;

    public string[] HostArguments { get; }

    /// <summary>The option's last value, or null.</summary>
    public string? this[string name] => values.TryGetValue(name, out var all) ? all[^1] : null;

    public IReadOnlyList<string> All(string name) => values.TryGetValue(name, out var all) ? all : [];

    public static CommandOptions Parse(IReadOnlyList<string> args, params string[] names)
    {
        var host = new List<string>();
        var parsed = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (names.Contains(args[i]) && i + 1 < args.Count)
            {
                var name = args[i];
                (parsed.TryGetValue(name, out var list) ? list : parsed[name] = []).Add(args[++i]);
            }
            else
            {
                host.Add(args[i]);
            }
        }

        var options = new CommandOptions([.. host]);
        foreach (var (name, list) in parsed)
        {
            options.values[name] = list;
        }

        return options;
    }
}
