using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Partners.Tests.Events;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Hardening;

/// <summary>
/// Issue 12: the API process killed (SIGKILL) in the middle of keyed mutations, restarted on the same database, every
/// request retried with its key: nothing is written twice, and every write that was acknowledged is still there and
/// answered again.
/// </summary>
public sealed class CrashTests
{
    /// <summary>Senders that each send their next keyed request as soon as the previous one is answered.</summary>
    private const int Senders = 16;

    /// <summary>Answers back before the kill.</summary>
    private const int AnsweredBeforeKill = 10;

    /// <summary>A bound on the requests of one run, should the kill be slow.</summary>
    private const int MaxRequests = 2000;

    [Fact]
    public async Task Keyed_mutations_retried_after_a_kill_are_neither_duplicated_nor_lost()
    {
        var database = Path.Combine(Path.GetTempPath(), $"partners-crash-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string> { ["ConnectionStrings:Partners"] = $"Data Source={database};Pooling=False" };
        var run = Guid.NewGuid().ToString("N")[..8];
        try
        {
            var acknowledged = new System.Collections.Concurrent.ConcurrentDictionary<int, string>();
            var next = 0;
            ApiProcess? first = await ApiProcess.StartAsync(settings);
            try
            {
                using var http = new HttpClient { BaseAddress = first.Address };
                var token = await Tokens.GetAsync(http, Tokens.Isp);
                // Each sender has a request in flight at every moment until the process dies: the kill always lands
                // in the middle of some, however fast the machine answers.
                var senders = Enumerable.Range(0, Senders).Select(_ => Task.Run(async () =>
                {
                    int index;
                    while ((index = Interlocked.Increment(ref next) - 1) < MaxRequests)
                    {
                        if (await TrySendAsync(http, token, run, index) is not { } id)
                        {
                            return;
                        }

                        acknowledged[index] = id;
                    }
                })).ToList();
                while (acknowledged.Count < AnsweredBeforeKill && !senders.All(s => s.IsCompleted))
                {
                    await Task.Delay(5);
                }

                // SIGKILL of the process tree, as a crash: no graceful shutdown.
                await first.DisposeAsync();
                first = null;
                await Task.WhenAll(senders);
            }
            finally
            {
                if (first is not null)
                {
                    await first.DisposeAsync();
                }
            }

            var requests = Math.Min(next, MaxRequests);
            Assert.InRange(acknowledged.Count, AnsweredBeforeKill, requests - 1);
            await using var second = await ApiProcess.StartAsync(settings);
            using var retry = new HttpClient { BaseAddress = second.Address };
            var retryToken = await Tokens.GetAsync(retry, Tokens.Isp);
            for (var i = 0; i < requests; i++)
            {
                var id = await TrySendAsync(retry, retryToken, run, i);
                Assert.NotNull(id);
                if (acknowledged.TryGetValue(i, out var firstAnswer))
                {
                    Assert.Equal(firstAnswer, id);
                }
            }

            Assert.Equal(Enumerable.Range(0, requests).Select(i => Title(run, i)).Order(), await TitlesAsync(settings["ConnectionStrings:Partners"], run));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { database, database + "-wal", database + "-shm", database + "-journal" })
            {
                File.Delete(file);
            }
        }
    }

    private static string Title(string run, int index) => $"crash-{run}-{index:D2}";

    /// <summary>One keyed report; its id when the answer arrived and succeeded, null when the process died first.</summary>
    private static async Task<string?> TrySendAsync(HttpClient http, string token, string run, int index)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                query = "mutation($input: ReportRecurringDifficultyInput!) { reportRecurringDifficulty(input: $input) { recurringDifficulty { id } errors { code } } }",
                variables = new { input = new { title = Title(run, index), description = "Relances sans réponse." } },
            }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("Idempotency-Key", Title(run, index));
        try
        {
            using var response = await http.SendAsync(request);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
            var payload = body?["data"]?["reportRecurringDifficulty"];
            Assert.True(payload?["errors"]?.AsArray().Count == 0, body?.ToJsonString());
            return payload!["recurringDifficulty"]!["id"]!.GetValue<string>();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static async Task<List<string>> TitlesAsync(string connectionString, string run)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Title FROM RecurringDifficulties WHERE Title LIKE $prefix ORDER BY Title";
        command.Parameters.AddWithValue("$prefix", $"crash-{run}-%");
        await using var reader = await command.ExecuteReaderAsync();
        var titles = new List<string>();
        while (await reader.ReadAsync())
        {
            titles.Add(reader.GetString(0));
        }

        return titles;
    }
}
