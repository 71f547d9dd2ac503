using Partners.Api.Tooling;

namespace Partners.Api.GraphQL.Http;

/// <summary>The schema printed once, as the tools print <c>schema/partners.graphql</c>.</summary>
public sealed class SchemaSdl(IServiceProvider services)
{
    public Lazy<string> Text { get; } = new(() => SchemaArtifacts.PrintSchema(services));
}
