using Partners.Api.Seed;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Identity;

/// <summary>The organisation comes from the token: naming another one in an argument grants nothing.</summary>
public sealed class OrganisationArgumentTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Naming_the_Commission_in_node_id_shows_its_public_data_and_grants_none_of_its_rights()
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        var commissionId = await CommissionIdAsync(token);

        var response = await client.PostGraphQLAsync(
            "query($id: ID!) { node(id: $id) { ... on Organisation { name kind } } testCommissionOnly viewer { clientId scopes organisation { id name kind } } }",
            new { id = commissionId }, token: token);

        Assert.Equal(DemoOrganisations.Commission, response.Data!["node"]!["name"]!.GetValue<string>());
        Assert.Null(response.Data["testCommissionOnly"]);
        Assert.Equal("FORBIDDEN", response.ErrorCodes.Single());
        var viewer = response.Data["viewer"]!;
        Assert.Equal(Tokens.Isp, viewer["clientId"]!.GetValue<string>());
        Assert.Equal(DemoOrganisations.IspWithClause, viewer["organisation"]!["name"]!.GetValue<string>());
        Assert.NotEqual(commissionId, viewer["organisation"]!["id"]!.GetValue<string>());
        Assert.DoesNotContain("commission", viewer["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public async Task Filtering_organisations_by_another_kind_returns_reference_data_and_leaves_the_viewer_unchanged()
    {
        var token = await Tokens.GetAsync(client, Tokens.Commission);

        var response = await client.PostGraphQLAsync(
            "{ organisations(where: { kind: OFFICE }) { nodes { name kind } } testCommissionOnly viewer { organisation { kind } scopes } }",
            token: token);

        response.EnsureNoErrors();
        Assert.Equal(DemoOrganisations.Office, response.Data!["organisations"]!["nodes"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("COMMISSION", response.Data["viewer"]!["organisation"]!["kind"]!.GetValue<string>());
        Assert.Equal("commission disputes:read offers:read", string.Join(' ', response.Data["viewer"]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>())));
    }

    [Fact]
    public async Task Viewer_takes_no_argument_at_all()
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);

        var response = await client.PostGraphQLAsync("{ viewer(organisationId: 1) { clientId } }", token: token);

        Assert.Null(response.Data);
        Assert.NotEmpty(response.Errors);
    }

    private async Task<string> CommissionIdAsync(string token)
    {
        var response = await client.PostGraphQLAsync("{ organisations(where: { kind: COMMISSION }) { nodes { id } } }", token: token);
        return response.EnsureNoErrors().Data!["organisations"]!["nodes"]![0]!["id"]!.GetValue<string>();
    }
}
