using System.Text;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.GraphQL.Relay;
using Partners.Domain.Organisations;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Hardening;

/// <summary>Issue 12: declared lengths on every free text, literal search, canonical ids.</summary>
public sealed class InputHardeningTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly WorkflowWorld world = new(factory);

    /// <summary>Cursors are opaque tokens the server made, not free text: they are decoded, never stored or searched.</summary>
    private static readonly HashSet<string> Cursors = ["after", "before"];

    [Fact]
    public void Every_free_text_of_the_schema_declares_its_length()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.OfType<IInputObjectGraphType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            missing.AddRange(type.Fields.Where(f => IsText(f.ResolvedType!) && InputLimits.MaxLengthOf(f) is null).Select(f => $"{type.Name}.{f.Name}"));
        }

        foreach (var root in new IObjectGraphType?[] { schema.Query, schema.Mutation, schema.Subscription }.OfType<IObjectGraphType>())
        {
            missing.AddRange(root.Fields.SelectMany(f => (f.Arguments ?? []).Where(a => !Cursors.Contains(a.Name) && IsText(a.ResolvedType!) && InputLimits.MaxLengthOf(a) is null)
                .Select(a => $"{root.Name}.{f.Name}({a.Name})")));
        }

        Assert.Empty(missing);
    }

    [Fact]
    public async Task A_search_of_100000_characters_is_a_validation_error_not_an_internal_one()
    {
        var client = factory.CreateClient();
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        var response = await client.PostGraphQLAsync("query($s: String!) { offers(where: { search: $s }) { nodes { id } } }", new { s = new string('a', 100_000) }, token);

        Assert.True((int)response.Status < 500, response.Body?.ToJsonString());
        Assert.Equal([Partners.Domain.Common.ErrorCodes.Validation], response.ErrorCodes);
        Assert.Null(response.Data?["offers"]);

        var atLimit = await client.PostGraphQLAsync("query($s: String!) { offers(where: { search: $s }) { nodes { id } } }", new { s = new string('a', 200) }, token);
        atLimit.EnsureNoErrors();
    }

    [Fact]
    public async Task Percent_and_underscore_in_a_search_are_literal_characters()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        await world.WithDbAsync(async db =>
        {
            db.Organisations.Add(new Organisation { Name = $"Atelier {marker}_100%", Kind = OrganisationKind.IspOperator });
            db.Organisations.Add(new Organisation { Name = $"Atelier {marker}X1000", Kind = OrganisationKind.IspOperator });
            return await db.SaveChangesAsync();
        });
        var client = factory.CreateClient();
        var token = await Tokens.GetAsync(client, Tokens.Forem);

        async Task<string[]> NamesAsync(string search) =>
        [
            .. (await client.PostGraphQLAsync("query($s: String!) { organisations(first: 50, where: { search: $s }) { nodes { name } } }", new { s = search }, token))
                .EnsureNoErrors().Data!["organisations"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()),
        ];

        Assert.Equal([$"Atelier {marker}_100%"], await NamesAsync($"{marker}_1"));
        Assert.Equal([$"Atelier {marker}_100%"], await NamesAsync("100%"));
        Assert.Empty(await NamesAsync($"{marker}%1000"));
        Assert.Equal(2, (await NamesAsync(marker)).Length);
    }

    [Fact]
    public async Task Only_the_canonical_spelling_of_an_id_finds_its_object()
    {
        var offer = await world.OfferAsync();
        var canonical = GlobalId.Encode("Offer", offer);
        string Base64Url(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var spellings = new[]
        {
            Base64Url($"Offer:{offer}\0"),
            Base64Url($"Offer:0{offer}"),
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"Offer:{offer}\0")),
            canonical + "=",
            Base64Url($"Offer:{offer} "),
        };
        var client = factory.CreateClient();
        var token = await Tokens.GetAsync(client, Tokens.Forem);
        const string Query = "query($id: ID!) { node(id: $id) { id } offer(id: $id) { id } }";

        var found = (await client.PostGraphQLAsync(Query, new { id = canonical }, token)).EnsureNoErrors();
        Assert.Equal(canonical, found.Data!["node"]!["id"]!.GetValue<string>());
        foreach (var spelling in spellings.Where(s => s != canonical))
        {
            var response = await client.PostGraphQLAsync(Query, new { id = spelling }, token);
            Assert.True((int)response.Status < 500);
            Assert.DoesNotContain(Partners.Domain.Common.ErrorCodes.Internal, response.ErrorCodes);
            Assert.Null(response.Data?["node"]);
            Assert.Null(response.Data?["offer"]);
        }
    }

    private static bool IsText(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => IsText(nonNull.ResolvedType!),
        ListGraphType list => IsText(list.ResolvedType!),
        _ => type is StringGraphType,
    };
}
