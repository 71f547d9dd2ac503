using System.Diagnostics;
using System.Net.Sockets;

namespace Partners.Benchmarks;

/// <summary>A server started as its own process (<c>dotnet some.dll …</c>) on a free port, stopped on dispose.</summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process process;

    private ChildProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public long WorkingSetBytes
    {
        get
        {
            process.Refresh();
            return process.WorkingSet64;
        }
    }

    /// <summary>The processor time the process used so far (user and system, every thread).</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>Starts <paramref name="dll"/> and waits until <paramref name="probe"/> answers; returns the process and the time to that first answer.</summary>
    public static async Task<(ChildProcess Process, TimeSpan FirstAnswer)> StartAsync(string dll, IEnumerable<string> args, Func<HttpClient, Task<bool>> probe)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [dll, .. args, "--urls", address.ToString()])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var clock = Stopwatch.StartNew();
        var child = new ChildProcess(Process.Start(start)!, address);
        child.process.OutputDataReceived += (_, _) => { };
        child.process.ErrorDataReceived += (_, e) =>
        {
            if (!string.IsNullOrEmpty(e.Data))
            {
                Console.Error.WriteLine("  [child] " + e.Data);
            }
        };
        child.process.BeginOutputReadLine();
        child.process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (child.process.HasExited)
            {
                throw new InvalidOperationException($"{dll} exited with {child.process.ExitCode}.");
            }

            try
            {
                if (await probe(http))
                {
                    return (child, clock.Elapsed);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch
            {
                await child.DisposeAsync();
                throw;
            }

            await Task.Delay(10);
        }

        await child.DisposeAsync();
        throw new TimeoutException($"{dll} did not answer within 2 minutes.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
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
