namespace Partners.Tests.Infrastructure;

/// <summary>
/// A test that needs a Debian program beside the SDK (<c>redis-server</c>, <c>curl</c>):
/// tools/install-system-packages.sh installs them and CI runs that script. Without the program on PATH the test
/// is skipped with a reason that names it, so <c>dotnet test</c> works on a machine with only the SDK; when the
/// <c>CI</c> environment variable is set it is never skipped, and a missing program fails the test.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NeedsProgramFactAttribute : FactAttribute
{
    public NeedsProgramFactAttribute(params string[] programs)
    {
        var missing = programs.Where(p => ShouldSkip(p)).ToList();
        if (missing.Count > 0)
        {
            Skip = $"Needs {string.Join(", ", missing)} on PATH (run tools/install-system-packages.sh); skipped because it is missing and CI is not set.";
        }
    }

    /// <summary>True when <paramref name="program"/> is missing and this is not CI.</summary>
    public static bool ShouldSkip(string program) =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        && !(Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
}
