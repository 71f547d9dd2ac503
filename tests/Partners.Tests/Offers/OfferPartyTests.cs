using Partners.Api.Seed;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Offers;

/// <summary>Only the owning operator changes an offer; the operator is the caller's organisation, never an argument.</summary>
public sealed class OfferPartyTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task An_operator_creates_a_draft_of_its_own_under_its_contract()
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);

        var offer = await OfferApi.CreateDraftAsync(client, token);

        Assert.Equal("DRAFT", offer["status"]!.GetValue<string>());
        Assert.Equal(DemoOrganisations.IspWithClause, offer["operator"]!["name"]!.GetValue<string>());
        Assert.Equal("YOUTH_UNDER_25", offer["targetGroups"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(10, offer["seatsLeft"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_operator_editing_another_operators_offer_is_refused_and_nothing_changes()
    {
        var owner = await Tokens.GetAsync(client, Tokens.Isp);
        var other = await Tokens.GetAsync(client, Tokens.IspNoClause);
        var id = await OfferApi.IdOfAsync(client, owner, DemoOffers.IspOpen);

        var payload = await OfferApi.MutateAsync(client, other, OfferApi.Update, "updateOffer", new { offerId = id, title = "Détourné" });

        Assert.Equal("FORBIDDEN", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Single(payload["errors"]!.AsArray());
        Assert.Contains(DemoOffers.IspOpen, OfferApi.Titles(await OfferApi.ListAsync(client, owner)));
    }

    [Theory]
    [InlineData("suspendOffer")]
    [InlineData("archiveOffer")]
    public async Task A_CPAS_cannot_move_an_ISP_operators_published_offer(string move)
    {
        var owner = await Tokens.GetAsync(client, Tokens.Isp);
        var cpas = await Tokens.GetAsync(client, Tokens.CpasLiege);
        var id = await OfferApi.IdOfAsync(client, owner, DemoOffers.IspOpen);

        var payload = await OfferApi.MoveAsync(client, cpas, move, id);

        Assert.Equal("FORBIDDEN", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("PUBLISHED", (await client.PostGraphQLAsync("query($id: ID!) { offer(id: $id) { status } }", new { id }, owner)).EnsureNoErrors().Data!["offer"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_CPAS_cannot_publish_another_operators_draft_it_does_not_even_see()
    {
        var owner = await Tokens.GetAsync(client, Tokens.Isp);
        var cpas = await Tokens.GetAsync(client, Tokens.CpasLiege);
        var id = await OfferApi.IdOfAsync(client, owner, DemoOffers.IspDraft);

        var payload = await OfferApi.MoveAsync(client, cpas, "publishOffer", id);

        Assert.Equal(("NOT_FOUND", "input.offerId"), (payload["errors"]![0]!["code"]!.GetValue<string>(), payload["errors"]![0]!["field"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_Commission_cannot_create_or_publish_offers()
    {
        var token = await Tokens.GetAsync(client, Tokens.Commission);
        var isp = await Tokens.GetAsync(client, Tokens.Isp);
        var id = await OfferApi.IdOfAsync(client, isp, DemoOffers.IspDraft);

        var create = await client.PostGraphQLAsync(OfferApi.Create, new { input = OfferApi.ValidInput() }, token);
        var publish = await client.PostGraphQLAsync("mutation($input: PublishOfferInput!) { publishOffer(input: $input) { errors { code } } }", new { input = new { offerId = id } }, token);

        Assert.Equal("FORBIDDEN", create.ErrorCodes.Single());
        Assert.Equal("FORBIDDEN", publish.ErrorCodes.Single());
        Assert.Equal("DRAFT", (await client.PostGraphQLAsync("query($id: ID!) { offer(id: $id) { status } }", new { id }, isp)).EnsureNoErrors().Data!["offer"]!["status"]!.GetValue<string>());
    }

    /// <summary>The Office publishes its own services (art. 8, <c>OfficeServiceTests</c>), never an operator's offer: another's draft does not exist for it.</summary>
    [Fact]
    public async Task The_Office_cannot_publish_an_operators_offer()
    {
        var office = await Tokens.GetAsync(client, Tokens.Forem);
        var isp = await Tokens.GetAsync(client, Tokens.Isp);
        var id = await OfferApi.IdOfAsync(client, isp, DemoOffers.IspDraft);

        var payload = await OfferApi.MoveAsync(client, office, "publishOffer", id);

        Assert.Equal(("NOT_FOUND", "input.offerId"), (payload["errors"]![0]!["code"]!.GetValue<string>(), payload["errors"]![0]!["field"]!.GetValue<string>()));
        Assert.Equal("DRAFT", (await client.PostGraphQLAsync("query($id: ID!) { offer(id: $id) { status } }", new { id }, isp)).EnsureNoErrors().Data!["offer"]!["status"]!.GetValue<string>());
    }
}
