namespace Partners.Tools;

/// <summary>
/// dotnet run --project tools/Partners.Tools -- &lt;command&gt; [options]. A named class rather than top-level
/// statements: the tests reference this assembly beside the API's, whose <c>Program</c> they start.
/// </summary>
internal static class Program
{
    public static Task<int> Main(string[] args) => Commands.RunAsync(args);
}
