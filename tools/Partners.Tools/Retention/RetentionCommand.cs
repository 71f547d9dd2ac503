using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api;
using Partners.Api.Retention;

namespace Partners.Tools.Retention;

/// <summary>
/// <c>retention run [--dry-run]</c>: the retention the API runs daily, on demand, through the same
/// <see cref="RetentionRunner"/>; prints what it did (or, with --dry-run, what it would do, changing nothing).
/// </summary>
public sealed class RetentionCommand(TextWriter output, TextWriter error)
{
    public const string Usage = """
          retention run [--dry-run]
                               anonymise the people whose accompaniment closed longer ago than the retention
                               period (Retention:PersonalDataYears, default 2) unless a complaint about them is
                               open, purge access-log entries older than Retention:AccessLogYears (default 10);
                               prints what it did; --dry-run prints what it would do and changes nothing
        """;

    public async Task<int> RunAsync(string[] args, Action<WebApplicationBuilder>? configure = null, Func<Task>? afterBatch = null, CancellationToken cancellationToken = default)
    {
        if (args.FirstOrDefault() != "run")
        {
            error.WriteLine("Usage:\n" + Usage);
            return 2;
        }

        var dryRun = args.Contains("--dry-run");
        await using var app = PartnersHost.Build(ToolHost.Arguments([.. args.Skip(1).Where(a => a != "--dry-run")]), configure);
        await using var scope = app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<RetentionRunner>()
            .RunAsync(RetentionRunner.CommandTrigger, dryRun, cancellationToken, afterBatch);
        foreach (var line in outcome.Describe())
        {
            output.WriteLine((dryRun ? "[dry run] " : "") + line);
        }

        return outcome.Skipped ? 1 : 0;
    }
}
