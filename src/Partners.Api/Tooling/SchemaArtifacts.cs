using GraphQL;
using GraphQL.Utilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Partners.Api.GraphQL;
using Partners.Data;

namespace Partners.Api.Tooling;

/// <summary>
/// The checked-in contracts generated from the code: the GraphQL SDL and the idempotent SQL Server migration
/// script. The tools write them; the tests fail when the files differ from what the code produces.
/// </summary>
public static class SchemaArtifacts
{
    public const string SchemaFile = "schema/partners.graphql";
    public const string SqlServerScriptFile = "schema/sqlserver/migrations.sql";

    public static string PrintSchema(IServiceProvider services)
    {
        var schema = services.GetRequiredService<PartnersSchema>();
        schema.Initialize();
        return Normalise(schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }));
    }

    /// <summary>The SQL Server migrations as one idempotent script; no server is contacted.</summary>
    public static string SqlServerMigrationScript()
    {
        var builder = new DbContextOptionsBuilder<PartnersDbContext>();
        PersistenceServiceCollectionExtensions.Configure(builder, DatabaseProvider.SqlServer, "Server=(script);Database=Partners");
        builder.UseOpenIddict<long>();
        using var db = new PartnersDbContext(builder.Options);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        return Normalise(script);
    }

    /// <summary>The repository root: the nearest folder above <paramref name="start"/> holding Partners.sln.</summary>
    public static string FindRepositoryRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Partners.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("Partners.sln not found above " + start);
    }

    private static string Normalise(string text) => text.ReplaceLineEndings("\n").TrimEnd() + "\n";
}
