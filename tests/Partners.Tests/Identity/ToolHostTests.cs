using Partners.Api.Tooling;
using Partners.Tools;

namespace Partners.Tests.Identity;

/// <summary>The tools find the API's configuration and database from any folder, and fail in one line.</summary>
public sealed class ToolHostTests
{
    private static readonly string Root = SchemaArtifacts.FindRepositoryRoot(AppContext.BaseDirectory);

    [Fact]
    public void In_a_source_checkout_the_tools_use_the_api_folder_and_Development()
    {
        var toolFolder = Path.Combine(Root, "tools", "Partners.Tools", "bin", "Debug", "net10.0");

        var arguments = ToolHost.Arguments(["list"], toolFolder, environmentFromVariables: false);

        Assert.Equal(["list", "--contentRoot", Path.Combine(Root, "src", "Partners.Api"), "--environment", "Development"], arguments);
    }

    [Fact]
    public void What_the_operator_gives_wins_and_a_published_tool_reads_its_own_folder()
    {
        Assert.Equal(
            ["--environment", "Production", "--contentRoot", Path.Combine(Root, "src", "Partners.Api")],
            ToolHost.Arguments(["--environment", "Production"], Root, environmentFromVariables: false));
        Assert.Equal(["--contentRoot", "/app"], ToolHost.Arguments([], "/app", environmentFromVariables: false));
        Assert.Equal(["--contentRoot", Path.Combine(Root, "src", "Partners.Api")], ToolHost.Arguments([], Root, environmentFromVariables: true));
    }

    [Fact]
    public async Task A_failing_command_prints_one_line_and_no_stack_trace()
    {
        var empty = Path.Combine(Path.GetTempPath(), $"partners-empty-{Guid.NewGuid():N}.db");
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();

            var exit = await Commands.RunAsync(["clients", "list", $"--ConnectionStrings:Partners=Data Source={empty};Pooling=False"], output, error);

            Assert.Equal(1, exit);
            var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("clients: ", line, StringComparison.Ordinal);
            Assert.Contains("migrate", line, StringComparison.Ordinal);
            Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(empty);
        }
    }
}
