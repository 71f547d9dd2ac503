using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Partners.Api.Tooling;
using Partners.Tests.Events;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Readme;

/// <summary>
/// Needs bash and curl (<see cref="NeedsProgramFactAttribute"/>). README.md's request examples, run as written: every <c>sh</c> block that calls the API
/// (<c>http://localhost:5080</c>) is run by bash in README order, in one shell, against the built API started on
/// a fresh demo database. Each answer must carry no error (top-level <c>errors</c> or a payload's
/// <c>errors</c>), except in a block whose info string says <c>expect=CODE</c>, whose answers must carry only that
/// code. A README example that stops working fails here.
/// </summary>
public sealed partial class ReadmeExamplesTests
{
    private const string Separator = "@@readme-block-end";
    private const string DocumentedAddress = "http://localhost:5080";

    [NeedsProgramFact("bash", "curl")]
    public async Task Every_request_example_of_the_README_runs_as_written()
    {
        var blocks = RequestBlocks(await File.ReadAllTextAsync(Path.Combine(SchemaArtifacts.FindRepositoryRoot(AppContext.BaseDirectory), "README.md")));
        Assert.True(blocks.Count >= 4, $"README.md has {blocks.Count} request examples; expected the first query, the workflow and the boundaries.");

        var database = Path.Combine(Path.GetTempPath(), $"partners-readme-{Guid.NewGuid():N}.db");
        try
        {
            await using var api = await ApiProcess.StartAsync(new Dictionary<string, string>
            {
                ["ConnectionStrings:Partners"] = $"Data Source={database};Pooling=False",
            });
            var address = api.Address.ToString().TrimEnd('/');
            var script = "set -eu -o pipefail\n" + string.Concat(blocks.Select(b =>
                b.Code.Replace(DocumentedAddress, address, StringComparison.Ordinal) + $"\necho; echo '{Separator}'\n"));

            var (exit, output, error) = await BashAsync(script);
            Assert.True(exit == 0, $"The README's examples stopped with exit code {exit}:\n{error}\n{output}");

            var outputs = output.Split(Separator + "\n");
            for (var i = 0; i < blocks.Count; i++)
            {
                var answers = outputs[i].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(line => JsonNode.Parse(line)!).ToList();
                Assert.True(answers.Count > 0, $"README example {i + 1} printed no answer:\n{blocks[i].Code}");
                var codes = answers.SelectMany(ErrorCodes).ToList();
                if (blocks[i].ExpectedCode is { } expected)
                {
                    Assert.True(codes.Count > 0 && codes.All(c => c == expected), $"README example {i + 1} should answer {expected}, got [{string.Join(", ", codes)}]:\n{outputs[i]}");
                }
                else
                {
                    Assert.True(codes.Count == 0, $"README example {i + 1} answered errors [{string.Join(", ", codes)}]:\n{blocks[i].Code}\n{outputs[i]}");
                }
            }
        }
        finally
        {
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(database) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public void The_README_keeps_exactly_two_set_up_commands()
    {
        var readme = File.ReadAllText(Path.Combine(SchemaArtifacts.FindRepositoryRoot(AppContext.BaseDirectory), "README.md"));
        var setUp = readme[readme.IndexOf("## Set-up", StringComparison.Ordinal)..readme.IndexOf("\n## ", readme.IndexOf("## Set-up", StringComparison.Ordinal) + 1, StringComparison.Ordinal)];
        var commands = Fences().Matches(setUp).SelectMany(m => m.Groups["code"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();

        Assert.Equal(["dotnet run --project src/Partners.Api", "dotnet test"], commands.Select(c => c.Split('#')[0].Trim()));
    }

    internal sealed record Block(string Code, string? ExpectedCode);

    internal static List<Block> RequestBlocks(string readme) =>
        Fences().Matches(readme)
            .Where(m => m.Groups["lang"].Value == "sh"
                && (m.Groups["code"].Value.Contains(DocumentedAddress, StringComparison.Ordinal) || m.Groups["code"].Value.Contains("gql ", StringComparison.Ordinal)))
            .Select(m => new Block(m.Groups["code"].Value, Expect().Match(m.Groups["info"].Value) is { Success: true } e ? e.Groups[1].Value : null))
            .ToList();

    /// <summary>The codes of every <c>errors</c> list in an answer: GraphQL's (<c>extensions.code</c>) and payloads' (<c>code</c>).</summary>
    private static IEnumerable<string> ErrorCodes(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "errors" && p.Value is JsonArray errors
            ? errors.Select(e => (e?["code"] ?? e?["extensions"]?["code"])?.GetValue<string>() ?? "(no code)")
            : ErrorCodes(p.Value)),
        JsonArray a => a.SelectMany(ErrorCodes),
        _ => [],
    };

    private static async Task<(int Exit, string Output, string Error)> BashAsync(string script)
    {
        using var bash = Process.Start(new ProcessStartInfo("bash", ["-c", script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = bash.StandardOutput.ReadToEndAsync();
        var error = bash.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await bash.WaitForExitAsync(timeout.Token);
        return (bash.ExitCode, await output, await error);
    }

    [GeneratedRegex(@"^```(?<lang>\w*)(?<info>[^\n]*)\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fences();

    [GeneratedRegex(@"\bexpect=([A-Z_]+)")]
    private static partial Regex Expect();
}
