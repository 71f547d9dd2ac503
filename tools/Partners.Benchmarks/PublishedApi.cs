namespace Partners.Benchmarks;

/// <summary>
/// The API as production runs it: published (<c>dotnet publish src/Partners.Api -c Release -o artifacts/api</c>,
/// ReadyToRun by Directory.Build.props) and started as its own process, like the baseline the benchmark itself
/// serves (<see cref="RawApi"/>, published the same way to <c>artifacts/benchmarks</c>).
/// </summary>
public static class PublishedApi
{
    /// <summary><c>--api</c>, or artifacts/api/Partners.Api.dll under the repository.</summary>
    public static string Dll(string[] args)
    {
        var dll = RawApi.Arg(args, "api") ?? Path.Combine(RepositoryRoot(), "artifacts", "api", "Partners.Api.dll");
        return File.Exists(dll)
            ? Path.GetFullPath(dll)
            : throw new FileNotFoundException("Publish the API first: dotnet publish src/Partners.Api -c Release -o artifacts/api", dll);
    }

    /// <summary>The benchmark's own assembly, which serves the baseline (<c>raw</c>); says whether it was published.</summary>
    public static string Baseline()
    {
        var dll = typeof(RawApi).Assembly.Location;
        if (!dll.Contains(Path.Combine("artifacts", "benchmarks"), StringComparison.Ordinal))
        {
            Console.WriteLine("note: the baseline runs from a build, not from artifacts/benchmarks (dotnet publish tools/Partners.Benchmarks -c Release -o artifacts/benchmarks): the API is published, the baseline is not.");
        }

        return dll;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Partners.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Partners.sln not found above the benchmark: pass --api.");
    }
}
