using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api;
using Partners.Api.GraphQL;
using Partners.Benchmarks;
using Partners.Data;
using Partners.Data.Events;

// Modes: `inbox` (InboxBench), `floor` (InboxBench.FloorAsync), `accesslog` (AccessLogBench), `startup` (StartupBench), `raw` (the
// baseline minimal API they start), `startfloor` (the minimal API plus the stack's unavoidable start, StartupFloorApi); without a
// mode, the subscription load below.
switch (args.FirstOrDefault())
{
    case "inbox":
        return await InboxBench.RunAsync(args[1..]);
    case "floor":
        return await InboxBench.FloorAsync(args[1..]);
    case "accesslog":
        return await AccessLogBench.RunAsync(args[1..]);
    case "startup":
        return await StartupBench.RunAsync(args[1..]);
    case "raw":
        await RawApi.RunAsync(args[1..]);
        return 0;
    case "startfloor":
        await StartupFloorApi.RunAsync(args[1..]);
        return 0;
}

// The host (BenchHost), with the limits
// that would refuse thousands of sockets from one client and one address lifted.
var options = BenchOptions.Parse(args);
var database = Path.Combine(Path.GetTempPath(), $"partners-bench-{Guid.NewGuid():N}.db");
var app = BenchHost.Build(database,
[
    "--GraphQL:WebSockets:MaxConnectionsPerClient=1000000",
    "--RateLimiting:PermitLimit=1000000",
], builder => builder.Services.AddFeatureParts(typeof(BenchEventsSubscription).Assembly));
await app.StartAsync();
var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
var token = await TokenAsync(address, options);
if (options.NewReferral)
{
    var (referral, parties) = await BenchReferral.CreateAsync(app.Services, options.ClientId);
    options = options with { Subject = referral, Organisations = options.Organisations.Length == 0 ? parties : options.Organisations };
}

if (options.Organisations.Length == 0)
{
    await using var scope = app.Services.CreateAsyncScope();
    var own = await scope.ServiceProvider.GetRequiredService<Partners.Api.Identity.ClientRegistry>().OrganisationOfAsync(options.ClientId, CancellationToken.None);
    options = options with { Organisations = [own ?? throw new InvalidOperationException($"Unknown client {options.ClientId}.")] };
}

var socketUri = new UriBuilder(address) { Scheme = "ws", Path = "/graphql" }.Uri;

Console.WriteLine($"document: {options.Document}; topic {options.Topic}, subject {options.Subject}, organisations {string.Join(',', options.Organisations)}; {options.Events} events per level");
Console.WriteLine("subscribers | delivered | p50 ms | p95 ms | p99 ms | max ms | managed MB | working set MB");
foreach (var count in options.Subscribers)
{
    await RunLevelAsync(count);
}

await app.StopAsync();
File.Delete(database);
return 0;

async Task RunLevelAsync(int count)
{
    using var setup = new CancellationTokenSource(TimeSpan.FromMinutes(2));
    using var gate = new SemaphoreSlim(64);
    var subscribers = await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
    {
        await gate.WaitAsync(setup.Token);
        try
        {
            return await Subscriber.ConnectAsync(socketUri, token, options.Document, setup.Token);
        }
        finally
        {
            gate.Release();
        }
    }));
    await Task.Delay(500); // Let the last subscribes start observing.

    var latencies = new List<double>();
    for (var i = 0; i < options.Events; i++)
    {
        var committed = await EnqueueAsync();
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 5;
        while (subscribers.Any(s => s.ArrivalOf(i) is null && s.Failure is null) && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(5);
        }

        latencies.AddRange(subscribers.Select(s => s.ArrivalOf(i)).OfType<long>().Select(t => Stopwatch.GetElapsedTime(committed, t).TotalMilliseconds));
    }

    var managed = GC.GetTotalMemory(forceFullCollection: true) / 1024d / 1024d;
    var workingSet = Environment.WorkingSet / 1024d / 1024d;
    latencies.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{count,11} | {latencies.Count,9} | {Percentile(0.50),6:F1} | {Percentile(0.95),6:F1} | {Percentile(0.99),6:F1} | {Percentile(1),6:F1} | {managed,10:F0} | {workingSet,14:F0}"));
    if (subscribers.FirstOrDefault(s => s.Failure is not null) is { } failed)
    {
        Console.WriteLine("  a subscriber got: " + failed.Failure);
    }

    foreach (var subscriber in subscribers)
    {
        await subscriber.DisposeAsync();
    }

    double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
}

// The trigger: an outbox event committed the way a feature's mutation commits one; returns the commit time.
async Task<long> EnqueueAsync()
{
    await using var scope = app.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
    db.Enqueue(options.Topic, options.Subject, options.Organisations, DateTime.UtcNow);
    await db.SaveChangesAsync();
    return Stopwatch.GetTimestamp();
}

static async Task<string> TokenAsync(Uri address, BenchOptions options)
{
    using var http = new HttpClient { BaseAddress = address };
    var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = options.ClientId,
        ["client_secret"] = options.Secret,
    }));
    response.EnsureSuccessStatusCode();
    return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
}
