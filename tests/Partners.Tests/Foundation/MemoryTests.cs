using Microsoft.Extensions.DependencyInjection;
using Partners.Data.Infrastructure;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Foundation;

/// <summary>
/// Nothing per request stays behind: after a warm-up, 10,000 authenticated requests of the operator's inbox (token
/// validation, the cached document, the page with its neighbours and access facts, the access log's group commit)
/// leave the managed heap within 16 MB after a full collection, whatever caches fill on the way. The heap is the
/// test process's: the class runs alone, after the parallel ones.
/// </summary>
[Collection(nameof(MemoryTests))]
public sealed class MemoryTests(UnlimitedApiFactory factory) : IClassFixture<UnlimitedApiFactory>
{
    private const int Requests = 10_000;
    private const long BoundBytes = 16 * 1024 * 1024;

    private const string Inbox = "query Inbox($first: Int!) { referrals(first: $first) { nodes { id status answerDueOn offer { title } operator { name } jobSeeker { identity { lastName } pathway { professionalObjectives } } } } }";

    [Fact]
    public async Task Ten_thousand_requests_do_not_grow_the_managed_heap_beyond_a_bound()
    {
        var client = factory.CreateClient();
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        var counter = factory.Services.GetRequiredService<SqlCommandCounter>();
        await RunAsync(client, token, 1_000);
        counter.Reset(); // the test tool's own memory is not the host's
        var before = Heap();

        await RunAsync(client, token, Requests);
        counter.Reset();
        var after = Heap();

        Assert.True(after - before < BoundBytes, $"The managed heap grew by {(after - before) / 1024 / 1024} MB over {Requests} requests.");
    }

    private static async Task RunAsync(HttpClient client, string token, int count)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < count)
            {
                var response = (await client.PostGraphQLAsync(Inbox, new { first = 10 }, token, operationName: "Inbox")).EnsureNoErrors();
                Assert.NotEmpty(response.Data!["referrals"]!["nodes"]!.AsArray());
            }
        }));
    }

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

[CollectionDefinition(nameof(MemoryTests), DisableParallelization = true)]
public sealed class MemoryTestsCollection;
