using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api;
using Partners.Api.Tooling;
using Partners.Data;
using Partners.Tools.Clients;
using Partners.Tools.Members;
using Partners.Tools.Retention;
using Partners.Tools.Documents;

namespace Partners.Tools;

public static class Commands
{
    private const string Usage = """
        Partners tools
          schema [--check]     write schema/partners.graphql and schema/sqlserver/migrations.sql from the code
                               (--check: only compare, exit 1 when they differ)
          migrate              apply the migrations to the configured database (Database:Provider,
                               ConnectionStrings:Partners); how Production is migrated
        The commands that open the database read the API's configuration (src/Partners.Api, Development in a
        source checkout unless --environment or ASPNETCORE_ENVIRONMENT says otherwise); --Key=value overrides.
        """ + "\n" + ClientsCommand.Usage + DocumentsCommand.Usage + BootstrapCommand.Usage + RetentionCommand.Usage + MembersCommand.Usage;

    /// <summary>Runs a command; a failure prints one line on standard error (no stack trace) and exits 1.</summary>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var command = args.FirstOrDefault();
        var rest = args.Skip(1).ToArray();
        try
        {
            return command switch
            {
                "schema" => await SchemaAsync(rest.Contains("--check"), output, error),
                "migrate" => await MigrateAsync(rest, output),
                "clients" => await new ClientsCommand(output, error).RunAsync(rest),
                "documents" => await new DocumentsCommand(output, error).RunAsync(rest),
                "bootstrap" => await new BootstrapCommand(output, error).RunAsync(rest),
                "members" => await new MembersCommand(output, error).RunAsync(rest),
                "retention" => await new RetentionCommand(output, error).RunAsync(rest),
                _ => PrintUsage(error),
            };
        }
        catch (Exception exception)
        {
            await error.WriteLineAsync($"{command}: {ToolHost.OneLine(exception)}");
            return 1;
        }
    }

    private static int PrintUsage(TextWriter error)
    {
        error.WriteLine(Usage);
        return 2;
    }

    private static async Task<int> SchemaAsync(bool check, TextWriter output, TextWriter error)
    {
        var root = SchemaArtifacts.FindRepositoryRoot(Directory.GetCurrentDirectory());
        await using var app = PartnersHost.Build(["--environment", "Development"]);
        var artifacts = new Dictionary<string, string>
        {
            [SchemaArtifacts.SchemaFile] = SchemaArtifacts.PrintSchema(app.Services),
            [SchemaArtifacts.SqlServerScriptFile] = SchemaArtifacts.SqlServerMigrationScript(),
        };

        var differ = 0;
        foreach (var (file, content) in artifacts)
        {
            var path = Path.Combine(root, file);
            var current = File.Exists(path) ? await File.ReadAllTextAsync(path) : null;
            if (current == content)
            {
                continue;
            }

            differ++;
            if (check)
            {
                error.WriteLine($"{file} differs from the code: run `dotnet run --project tools/Partners.Tools -- schema`.");
            }
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllTextAsync(path, content);
                output.WriteLine($"wrote {file}");
            }
        }

        return check && differ > 0 ? 1 : 0;
    }

    private static async Task<int> MigrateAsync(string[] args, TextWriter output)
    {
        await using var app = PartnersHost.Build(ToolHost.Arguments(args));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        await db.Database.MigrateAsync();
        output.WriteLine(pending.Count == 0 ? "The database is up to date." : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}");
        return 0;
    }
}
