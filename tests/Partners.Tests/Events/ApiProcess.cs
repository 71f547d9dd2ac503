using System.Diagnostics;
using System.Text;

namespace Partners.Tests.Events;

/// <summary>
/// The built API (src/Partners.Api/bin/…/Partners.Api.dll) run with <c>dotnet</c> as its own process, in
/// Development, on a free port: a second instance as production runs it.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private ApiProcess(Process process) => this.process = process;

    /// <summary>Where the process listens, for clients of its HTTP endpoint.</summary>
    public Uri Address { get; private set; } = null!;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static async Task<ApiProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var dll = ApiDll();
        var port = RedisServer.FreePort();
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var api = new ApiProcess(Process.Start(start)!) { Address = new Uri($"http://127.0.0.1:{port}") };
        api.process.OutputDataReceived += (_, e) => api.Append(e.Data);
        api.process.ErrorDataReceived += (_, e) => api.Append(e.Data);
        api.process.BeginOutputReadLine();
        api.process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var deadline = DateTime.UtcNow.AddSeconds(180); // A loaded 2-core machine takes its time to migrate and seed.
        while (true)
        {
            Assert.False(api.process.HasExited, "The API process exited:\n" + api.Output);
            try
            {
                if ((await http.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return api;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                // Not listening yet.
            }

            Assert.True(DateTime.UtcNow < deadline, "The API process did not become healthy:\n" + api.Output);
            await Task.Delay(200);
        }
    }

    /// <summary>The API built next to this test assembly, same configuration and framework.</summary>
    private static string ApiDll()
    {
        var tfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = tfm.Parent!.Name;
        var root = tfm;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Partners.sln")))
        {
            root = root.Parent;
        }

        var dll = Path.Combine(root?.FullName ?? ".", "src", "Partners.Api", "bin", configuration, tfm.Name, "Partners.Api.dll");
        Assert.True(File.Exists(dll), $"Build the API first: {dll} is missing.");
        return dll;
    }

    private void Append(string? line)
    {
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
