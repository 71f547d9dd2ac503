using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api;
using Partners.Api.Tooling;
using Partners.Data;
using Partners.Tools.Clients;
using Partners.Tools.Members;

namespace Partners.Tools;

internal static class Commands
{
    private const string Usage = """
        Partners tools
          schema [--check]     write schema/partners.graphql and schema/sqlserver/migrations.sql from the code
                               (--check: only compare, exit 1 when they differ)
          migrate              apply the migrations to the configured database (Database:Provider,
                               ConnectionStrings:Partners); how Production is migrated
        """ + "\n" + ClientsCommand.Usage + "\n" + MembersCommand.Usage;

    public static async Task<int> RunAsync(string[] args)
    {
        var command = args.FirstOrDefault();
        var rest = args.Skip(1).ToArray();
        return command switch
        {
            "schema" => await SchemaAsync(rest.Contains("--check")),
            "migrate" => await MigrateAsync(rest),
            "clients" => await new ClientsCommand(Console.Out, Console.Error).RunAsync(rest),
            "members" => await new MembersCommand(Console.Out, Console.Error).RunAsync(rest),
            _ => PrintUsage(),
        };
    }

    private static int PrintUsage()
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }

    private static async Task<int> SchemaAsync(bool check)
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
                Console.Error.WriteLine($"{file} differs from the code: run `dotnet run --project tools/Partners.Tools -- schema`.");
            }
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllTextAsync(path, content);
                Console.WriteLine($"wrote {file}");
            }
        }

        return check && differ > 0 ? 1 : 0;
    }

    private static async Task<int> MigrateAsync(string[] args)
    {
        await using var app = PartnersHost.Build(args);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        await db.Database.MigrateAsync();
        Console.WriteLine(pending.Count == 0 ? "The database is up to date." : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}");
        return 0;
    }
}
