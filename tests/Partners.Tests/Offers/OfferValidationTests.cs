using Partners.Tests.Infrastructure;

namespace Partners.Tests.Offers;

/// <summary>The content of an offer (Art. 11 5° a and b): refusals by field, in French or English, and nothing written.</summary>
public sealed class OfferValidationTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData(null, "Ce champ est obligatoire.", "La fin ne peut pas précéder le début.")]
    [InlineData("en", "This field is required.", "The end cannot come before the start.")]
    public async Task A_bad_offer_is_refused_field_by_field_in_the_callers_language(string? language, string required, string endBeforeStart)
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        var before = (await OfferApi.ListAsync(client, token))["totalCount"]!.GetValue<int>();
        var input = OfferApi.ValidInput(i =>
        {
            i["title"] = " ";
            i["endsOn"] = "2027-01-01";
            i["capacity"] = -1;
            i["targetGroupCodes"] = new[] { "YOUTH_UNDER_25", "NOBODY" };
            i["sessions"] = new[] { new { startsAt = "2027-01-11T12:00:00Z", endsAt = "2027-01-11T09:00:00Z" } };
        });

        var payload = await OfferApi.MutateAsync(client, token, OfferApi.Create, "createOffer", input, language);

        var errors = payload["errors"]!.AsArray().ToDictionary(e => e!["field"]!.GetValue<string>(), e => (Code: e!["code"]!.GetValue<string>(), Message: e["message"]!.GetValue<string>()));
        Assert.Equal(["input.capacity", "input.endsOn", "input.sessions[0].endsAt", "input.targetGroupCodes[1]", "input.title"], errors.Keys.Order());
        Assert.All(errors.Values, e => Assert.Equal("VALIDATION", e.Code));
        Assert.Equal(required, errors["input.title"].Message);
        Assert.Equal(endBeforeStart, errors["input.endsOn"].Message);
        Assert.Null(payload["offer"]);
        Assert.Equal(before, (await OfferApi.ListAsync(client, token))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_title_longer_than_its_column_is_refused_not_truncated()
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);

        var payload = await OfferApi.MutateAsync(client, token, OfferApi.Create, "createOffer", OfferApi.ValidInput(i => i["title"] = new string('x', 201)));

        Assert.Equal("input.title", payload["errors"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_update_replaces_the_fields_given_and_keeps_the_others()
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        var offer = await OfferApi.CreateDraftAsync(client, token);

        var payload = await OfferApi.MutateAsync(client, token, OfferApi.Update, "updateOffer", new
        {
            offerId = offer["id"]!.GetValue<string>(),
            title = "Atelier CV renouvelé",
            targetGroupCodes = new[] { "OVER_50", "LONG_TERM_JOB_SEEKERS" },
            sessions = new[] { new { startsAt = "2027-03-01T09:00:00Z", endsAt = "2027-03-01T12:00:00Z" }, new { startsAt = "2027-03-08T09:00:00Z", endsAt = "2027-03-08T12:00:00Z" } },
        });

        var updated = payload.EnsureNoErrorsIn()["offer"]!;
        Assert.Equal("Atelier CV renouvelé", updated["title"]!.GetValue<string>());
        Assert.Equal("Rédiger un CV et une lettre de motivation.", updated["objectives"]!.GetValue<string>());
        Assert.Equal(["LONG_TERM_JOB_SEEKERS", "OVER_50"], updated["targetGroups"]!.AsArray().Select(g => g!["code"]!.GetValue<string>()));
        Assert.Equal(2, updated["sessions"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_refused_update_leaves_nothing_behind_for_a_later_mutation_of_the_same_request_to_save()
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        var offer = await OfferApi.CreateDraftAsync(client, token);
        var id = offer["id"]!.GetValue<string>();
        const string Document = """
            mutation($update: UpdateOfferInput!, $publish: PublishOfferInput!) {
              refused: updateOffer(input: $update) { errors { code field } }
              published: publishOffer(input: $publish) { errors { code } }
            }
            """;

        var response = await client.PostGraphQLAsync(Document, new { update = new { offerId = id, title = "Nouveau titre", objectives = "", sessions = Array.Empty<object>() }, publish = new { offerId = id } }, token);

        var refused = response.EnsureNoErrors().Data!["refused"]!["errors"]![0]!;
        Assert.Equal(("VALIDATION", "input.objectives"), (refused["code"]!.GetValue<string>(), refused["field"]!.GetValue<string>()));
        Assert.Empty(response.Data!["published"]!["errors"]!.AsArray());
        var stored = (await client.PostGraphQLAsync("query($id: ID!) { offer(id: $id) { title status sessions { nodes { startsAt } } } }", new { id }, token)).EnsureNoErrors().Data!["offer"]!;
        Assert.Equal((offer["title"]!.GetValue<string>(), "PUBLISHED"), (stored["title"]!.GetValue<string>(), stored["status"]!.GetValue<string>()));
        Assert.Single(stored["sessions"]!["nodes"]!.AsArray());
    }
}
