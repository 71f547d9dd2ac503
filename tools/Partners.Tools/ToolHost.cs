using Partners.Api.Tooling;

namespace Partners.Tools;

/// <summary>
/// The host arguments of the commands that open the API's database (<c>clients</c>, <c>migrate</c>,
/// <c>bootstrap</c>), so that they find the API's configuration and database from any folder: the content root is
/// the API's folder (src/Partners.Api in a source checkout, the tool's own folder in a published image), and in a
/// source checkout the environment is Development unless one is given, as <c>dotnet run --project src/Partners.Api</c>
/// runs. Anything given on the command line (<c>--environment</c>, <c>--contentRoot</c>, <c>--Key=value</c>) wins.
/// </summary>
public static class ToolHost
{
    public static string[] Arguments(IReadOnlyList<string> given) => Arguments(given, AppContext.BaseDirectory, HasEnvironmentVariable());

    public static string[] Arguments(IReadOnlyList<string> given, string toolFolder, bool environmentFromVariables)
    {
        var arguments = new List<string>(given);
        var checkout = TryFindRepositoryRoot(toolFolder);
        if (!Names(given, "--contentRoot"))
        {
            arguments.AddRange(["--contentRoot", checkout is null ? toolFolder : Path.Combine(checkout, "src", "Partners.Api")]);
        }

        if (checkout is not null && !environmentFromVariables && !Names(given, "--environment"))
        {
            arguments.AddRange(["--environment", "Development"]);
        }

        return [.. arguments];
    }

    /// <summary>Splits a command's own options (<paramref name="names"/>, each followed by a value) from the host's arguments.</summary>
    public static (Dictionary<string, string> Values, string[] Host) Split(IReadOnlyList<string> args, IReadOnlyCollection<string> names)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var host = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (names.Contains(args[i]) && i + 1 < args.Count)
            {
                values[args[i]] = args[++i];
            }
            else
            {
                host.Add(args[i]);
            }
        }

        return (values, [.. host]);
    }

    private static bool Names(IReadOnlyList<string> given, string option) =>
        given.Any(a => a.Equals(option, StringComparison.OrdinalIgnoreCase) || a.StartsWith(option + "=", StringComparison.OrdinalIgnoreCase));

    private static bool HasEnvironmentVariable() =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT"));

    private static string? TryFindRepositoryRoot(string start)
    {
        try
        {
            return SchemaArtifacts.FindRepositoryRoot(start);
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>An exception as one line for a person: its innermost message, never a stack trace.</summary>
    public static string OneLine(Exception exception)
    {
        var inner = exception;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        var message = string.Join(' ', inner.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return message.Contains("no such table", StringComparison.OrdinalIgnoreCase)
            ? $"{message} The database has no tables yet: start the API once (Development) or run the `migrate` command."
            : message;
    }
}
