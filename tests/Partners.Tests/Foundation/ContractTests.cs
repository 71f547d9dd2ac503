using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.GraphQL;
using Partners.Api.Seed;
using Partners.Api.Tooling;
using Partners.Data;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Foundation;

/// <summary>The checked-in contracts in schema/ are what the code produces; `tools/Partners.Tools schema` rewrites them.</summary>
public sealed class ContractTests
{
    private static readonly string Root = SchemaArtifacts.FindRepositoryRoot(AppContext.BaseDirectory);

    [Fact]
    public void The_schema_file_matches_the_code()
    {
        // The test assembly adds test-only fields; the contract is the production schema, built without them.
        using var host = Partners.Api.PartnersHost.Build(["--environment", "Development"]);
        var printed = SchemaArtifacts.PrintSchema(host.Services);

        var file = File.ReadAllText(Path.Combine(Root, SchemaArtifacts.SchemaFile)).ReplaceLineEndings("\n");

        Assert.True(printed == file, "schema/partners.graphql differs from the code: run `dotnet run --project tools/Partners.Tools -- schema` and review the diff.");
    }

    [Fact]
    public void Every_type_field_argument_and_enum_value_has_a_description()
    {
        // The production schema: the test assembly's own fields are not part of the contract.
        using var host = Partners.Api.PartnersHost.Build(["--environment", "Development"]);
        var schema = host.Services.GetRequiredService<PartnersSchema>();
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarGraphType))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                missing.Add(type.Name);
            }

            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description))
                    {
                        missing.Add($"{type.Name}.{field.Name}");
                    }

                    missing.AddRange((field.Arguments ?? []).Where(a => string.IsNullOrWhiteSpace(a.Description)).Select(a => $"{type.Name}.{field.Name}({a.Name})"));
                }
            }

            if (type is EnumerationGraphType enumeration)
            {
                missing.AddRange(enumeration.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{type.Name}.{v.Name}"));
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void The_SQL_Server_migration_script_matches_the_migrations()
    {
        var script = SchemaArtifacts.SqlServerMigrationScript();

        var file = File.ReadAllText(Path.Combine(Root, SchemaArtifacts.SqlServerScriptFile)).ReplaceLineEndings("\n");

        Assert.True(script == file, "schema/sqlserver/migrations.sql differs from the SQL Server migrations: run `dotnet run --project tools/Partners.Tools -- schema`.");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void The_migrations_of_each_provider_cover_the_model(DatabaseProvider provider)
    {
        var builder = new DbContextOptionsBuilder<PartnersDbContext>();
        PersistenceServiceCollectionExtensions.Configure(builder, provider, provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Server=(none);Database=Partners");
        builder.UseOpenIddict<long>();
        using var db = new PartnersDbContext(builder.Options);

        Assert.False(db.Database.HasPendingModelChanges(), $"The model changed without a {provider} migration: see CONTRIBUTING.md.");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void The_compiled_model_of_each_provider_matches_the_model(DatabaseProvider provider)
    {
        // What the host's compiled model maps (tables, columns, types, keys, relationships, indexes) is what the entity
        // configurations make; `tools/compiled-models.sh --check` (CI) compares every generated file.
        var builder = new DbContextOptionsBuilder<PartnersDbContext>();
        PersistenceServiceCollectionExtensions.Configure(builder, provider, provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Server=(none);Database=Partners");
        builder.UseOpenIddict<long>();
        builder.UseModel(CompiledModels.For(provider));
        using var db = new PartnersDbContext(builder.Options);

        var configured = db.GetService<IDesignTimeModel>().Model;
        Assert.NotSame(configured, db.Model);
        Assert.True(Mapping(db.Model).SequenceEqual(Mapping(configured)),
            $"The {provider} compiled model differs from the model: run tools/compiled-models.sh and commit the result (see CONTRIBUTING.md).");
    }

    private static IEnumerable<string> Mapping(IModel model) => model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(entity =>
        new[] { $"{entity.Name} -> {entity.GetSchemaQualifiedTableName()} {entity.FindPrimaryKey()?.Properties.Select(p => p.Name).Aggregate((a, b) => a + "," + b)}" }
            .Concat(entity.GetDeclaredProperties().Select(p =>
                $"  {p.Name}: {p.ClrType.Name} {p.GetColumnName()} null={p.IsNullable} max={p.GetMaxLength()} conv={p.GetValueConverter()?.GetType().Name} gen={p.ValueGenerated} conc={p.IsConcurrencyToken}"))
            .Concat(entity.GetDeclaredForeignKeys().Select(k =>
                $"  fk ({string.Join(",", k.Properties.Select(p => p.Name))}) -> {k.PrincipalEntityType.Name} {k.DeleteBehavior} unique={k.IsUnique} required={k.IsRequired} owned={k.IsOwnership}"))
            .Concat(entity.GetDeclaredIndexes().Select(i => $"  index ({string.Join(",", i.Properties.Select(p => p.Name))}) unique={i.IsUnique}"))
            .Concat(entity.GetDeclaredNavigations().Select(n => $"  nav {n.Name} -> {n.TargetEntityType.Name}"))
            .Concat(entity.GetDeclaredComplexProperties().Select(c => $"  complex {c.Name} -> {c.ComplexType.Name}")));
}
