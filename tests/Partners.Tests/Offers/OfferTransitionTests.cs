using Partners.Tests.Infrastructure;

namespace Partners.Tests.Offers;

/// <summary>Every move of the offer state table (Art. 14 2°), allowed and refused, by the owning operator.</summary>
public sealed class OfferTransitionTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("", "publishOffer", "PUBLISHED")]
    [InlineData("publishOffer suspendOffer", "publishOffer", "PUBLISHED")]
    [InlineData("publishOffer", "suspendOffer", "SUSPENDED")]
    [InlineData("", "archiveOffer", "ARCHIVED")]
    [InlineData("publishOffer", "archiveOffer", "ARCHIVED")]
    [InlineData("publishOffer suspendOffer", "archiveOffer", "ARCHIVED")]
    public async Task The_owning_operator_moves_its_offer_along_the_table(string path, string move, string expected)
    {
        var (token, id) = await OfferAtAsync(path);

        var payload = await OfferApi.MoveAsync(client, token, move, id);

        Assert.Empty(payload["errors"]!.AsArray());
        Assert.Equal(expected, payload["offer"]!["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("", "suspendOffer", "DRAFT")]
    [InlineData("publishOffer", "publishOffer", "PUBLISHED")]
    [InlineData("publishOffer suspendOffer", "suspendOffer", "SUSPENDED")]
    [InlineData("archiveOffer", "publishOffer", "ARCHIVED")]
    [InlineData("archiveOffer", "suspendOffer", "ARCHIVED")]
    [InlineData("archiveOffer", "archiveOffer", "ARCHIVED")]
    public async Task Every_other_move_is_an_invalid_transition_and_changes_nothing(string path, string move, string unchanged)
    {
        var (token, id) = await OfferAtAsync(path);

        var payload = await OfferApi.MoveAsync(client, token, move, id);

        Assert.Equal("INVALID_TRANSITION", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(payload["offer"]);
        var offer = (await client.PostGraphQLAsync("query($id: ID!) { offer(id: $id) { status } }", new { id }, token)).EnsureNoErrors();
        Assert.Equal(unchanged, offer.Data!["offer"]!["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null, "Changement d'état refusé : une offre ne passe pas de « archivée » à « publiée ».")]
    [InlineData("en", "Status change refused: an offer cannot move from 'archived' to 'published'.")]
    public async Task An_invalid_transition_is_explained_in_the_callers_language(string? language, string message)
    {
        var (token, id) = await OfferAtAsync("archiveOffer");

        var payload = await OfferApi.MoveAsync(client, token, "publishOffer", id, language);

        Assert.Equal(message, payload["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_published_offer_is_seen_by_other_partners_and_a_suspended_one_no_longer()
    {
        var (token, id) = await OfferAtAsync("publishOffer");
        var other = await Tokens.GetAsync(client, Tokens.CpasLiege);
        const string Query = "query($id: ID!) { offer(id: $id) { id } }";
        var seen = (await client.PostGraphQLAsync(Query, new { id }, other)).EnsureNoErrors().Data!["offer"];

        await OfferApi.MoveAsync(client, token, "suspendOffer", id);

        Assert.NotNull(seen);
        Assert.Null((await client.PostGraphQLAsync(Query, new { id }, other)).EnsureNoErrors().Data!["offer"]);
    }

    /// <summary>A new draft of the ISP demo operator, moved along <paramref name="path"/>.</summary>
    private async Task<(string Token, string Id)> OfferAtAsync(string path)
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        var id = (await OfferApi.CreateDraftAsync(client, token))["id"]!.GetValue<string>();
        foreach (var move in path.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Empty((await OfferApi.MoveAsync(client, token, move, id))["errors"]!.AsArray());
        }

        return (token, id);
    }
}
