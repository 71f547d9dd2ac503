using Partners.Api.Seed;
using Partners.Domain.Offers;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Offers;

/// <summary>Who reads which offer (art. 14 2°), on the demo network; an offer one may not read is absent, not forbidden.</summary>
public sealed class OfferVisibilityTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Another_operators_draft_is_neither_listed_nor_counted()
    {
        var token = await Tokens.GetAsync(client, Tokens.IspNoClause);

        var page = await OfferApi.ListAsync(client, token);

        Assert.DoesNotContain(DemoOffers.IspDraft, OfferApi.Titles(page));
        Assert.Equal(DemoOffers.All.Count(d => d.Status == OfferStatus.Published || d.Operator == DemoOrganisations.IspNoClause), page["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Another_operators_draft_is_not_found_by_its_id()
    {
        var owner = await Tokens.GetAsync(client, Tokens.Isp);
        var outsider = await Tokens.GetAsync(client, Tokens.CpasLiege);
        var id = await OfferApi.IdOfAsync(client, owner, DemoOffers.IspDraft);

        var response = await client.PostGraphQLAsync("query($id: ID!) { offer(id: $id) { id } node(id: $id) { id } }", new { id }, outsider);

        Assert.Null(response.EnsureNoErrors().Data!["offer"]);
        Assert.Null(response.Data!["node"]);
    }

    [Fact]
    public async Task The_owning_operator_reads_its_own_offers_in_every_status()
    {
        var token = await Tokens.GetAsync(client, Tokens.IspNoClause);

        var titles = OfferApi.Titles(await OfferApi.ListAsync(client, token, ", where: { status: ARCHIVED }"));

        Assert.Equal(["Atelier couture et retouches"], titles);
    }

    [Fact]
    public async Task The_Office_reads_suspended_and_archived_offers_but_no_draft()
    {
        var token = await Tokens.GetAsync(client, Tokens.Forem);

        var page = await OfferApi.ListAsync(client, token);

        Assert.Equal(DemoOffers.All.Where(d => d.Status != OfferStatus.Draft).Select(d => d.Title).Order(), OfferApi.Titles(page).Order());
        Assert.Contains(DemoOffers.Suspended, OfferApi.Titles(page));
    }

    [Fact]
    public async Task Another_operator_reads_only_published_offers_of_others()
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);

        var page = await OfferApi.ListAsync(client, token, ", where: { status: SUSPENDED }");

        Assert.Equal(0, page["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Node_resolves_a_published_offer_for_any_partner()
    {
        var token = await Tokens.GetAsync(client, Tokens.Commission);
        var id = await OfferApi.IdOfAsync(client, token, DemoOffers.IspOpen);

        var response = await client.PostGraphQLAsync("query($id: ID!) { node(id: $id) { ... on Offer { title } } }", new { id }, token);

        Assert.Equal(DemoOffers.IspOpen, response.EnsureNoErrors().Data!["node"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Offers_need_the_offers_read_scope()
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp, scope: "referrals:read");

        var response = await client.PostGraphQLAsync("{ offers { totalCount } }", token: token);

        Assert.Equal("FORBIDDEN", response.ErrorCodes.Single());
    }

    [Fact]
    public async Task The_contract_of_an_offer_is_shown_to_its_parties_and_the_Commission_only()
    {
        const string Query = "query($id: ID!) { offer(id: $id) { contract { disputeClause status activeToday operator { name } } } }";
        var isp = await Tokens.GetAsync(client, Tokens.Isp);
        var id = await OfferApi.IdOfAsync(client, isp, DemoOffers.IspOpen);

        async Task<System.Text.Json.Nodes.JsonNode?> ContractAs(string clientId) =>
            (await client.PostGraphQLAsync(Query, new { id }, await Tokens.GetAsync(client, clientId))).EnsureNoErrors().Data!["offer"]!["contract"];

        Assert.Equal("MEDIATION_AND_ARBITRATION", (await ContractAs(Tokens.Isp))!["disputeClause"]!.GetValue<string>());
        Assert.True((await ContractAs(Tokens.Forem))!["activeToday"]!.GetValue<bool>());
        Assert.NotNull(await ContractAs(Tokens.Commission));
        Assert.Null(await ContractAs(Tokens.CpasLiege));
    }

    [Theory]
    [InlineData(Tokens.Isp, 1)]
    [InlineData(Tokens.CpasLiege, 1)]
    [InlineData(Tokens.Forem, 6)]
    [InlineData(Tokens.Commission, 6)]
    public async Task Cooperation_contracts_are_read_by_their_parties_and_the_Commission(string clientId, int expected)
    {
        var token = await Tokens.GetAsync(client, clientId);

        var response = await client.PostGraphQLAsync("{ cooperationContracts { totalCount nodes { validFrom validUntil adheresToEthicsCharter disputeClause status } } }", token: token);

        Assert.Equal(expected, response.EnsureNoErrors().Data!["cooperationContracts"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(null, "Jeunes de moins de 25 ans")]
    [InlineData("en", "Young people under 25")]
    public async Task Target_groups_are_named_in_the_callers_language(string? language, string expected)
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);

        var response = await client.PostGraphQLAsync("{ targetGroups { code name } }", token: token, language: language);

        var groups = response.EnsureNoErrors().Data!["targetGroups"]!.AsArray();
        Assert.Equal(Partners.Domain.Offers.TargetGroups.All.Count, groups.Count);
        Assert.Equal(expected, groups.Single(g => g!["code"]!.GetValue<string>() == "YOUTH_UNDER_25")!["name"]!.GetValue<string>());
    }
}
