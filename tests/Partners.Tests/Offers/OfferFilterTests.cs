using Partners.Api.Seed;
using Partners.Domain.Offers;
using Partners.Domain.Organisations;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Offers;

/// <summary>Each filter of `offers` (contract.md, OfferFilter), read by the Commission: the published demo offers.</summary>
public sealed class OfferFilterTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public Task The_service_type_filter_keeps_that_kind_of_service() =>
        AssertFilterAsync("serviceType: TRAINING", d => d.ServiceType == ServiceType.Training);

    [Fact]
    public Task The_region_filter_keeps_the_offers_of_that_directorate() =>
        AssertFilterAsync("region: CHARLEROI", d => d.Region == Region.Charleroi);

    [Fact]
    public Task The_target_group_filter_keeps_the_offers_restricted_to_that_group() =>
        AssertFilterAsync("targetGroup: \"LOW_QUALIFIED\"", d => d.TargetGroups.Contains("LOW_QUALIFIED"));

    [Fact]
    public Task The_status_filter_never_reaches_beyond_what_the_caller_reads() =>
        AssertFilterAsync("status: SUSPENDED", _ => false);

    [Fact]
    public Task The_search_filter_looks_in_titles() =>
        AssertFilterAsync("search: \"cuisine\"", d => d.Title == DemoOffers.IspOpen);

    [Fact]
    public Task The_search_filter_looks_in_objectives_and_municipalities() =>
        AssertFilterAsync("search: \"licenciés\"", d => d.Title == DemoOffers.Reconversion, "search: \"Mouscron\"", d => d.Municipality == "Mouscron");

    [Fact]
    public Task The_seats_filter_keeps_full_offers_or_offers_with_seats() =>
        AssertFilterAsync("hasSeatsAvailable: false", d => d.SeatsTaken >= d.Capacity, "hasSeatsAvailable: true", d => d.SeatsTaken < d.Capacity);

    [Fact]
    public async Task The_operator_filter_keeps_that_operators_offers()
    {
        var token = await Tokens.GetAsync(client, Tokens.Commission);
        var organisations = (await client.PostGraphQLAsync("{ organisations(where: { search: \"Tremplin\" }) { nodes { id } } }", token: token)).EnsureNoErrors();
        var operatorId = organisations.Data!["organisations"]!["nodes"]![0]!["id"]!.GetValue<string>();

        await AssertFilterAsync($"operatorId: \"{operatorId}\"", d => d.Operator == DemoOrganisations.IspThird);
    }

    [Fact]
    public async Task An_operator_id_that_is_not_an_organisation_is_a_validation_error()
    {
        var token = await Tokens.GetAsync(client, Tokens.Commission);

        var response = await client.PostGraphQLAsync("{ offers(where: { operatorId: \"bm90LWFuLWlk\" }) { totalCount } }", token: token);

        Assert.Equal("VALIDATION", response.ErrorCodes.Single());
    }

    [Fact]
    public Task Filters_apply_together() =>
        AssertFilterAsync("region: LIEGE, serviceType: TRAINING, hasSeatsAvailable: true", d => d.Region == Region.Liege && d.ServiceType == ServiceType.Training && d.SeatsTaken < d.Capacity);

    private async Task AssertFilterAsync(string where, Func<DemoOffer, bool> expected, string? where2 = null, Func<DemoOffer, bool>? expected2 = null)
    {
        var token = await Tokens.GetAsync(client, Tokens.Commission);
        foreach (var (filter, predicate) in new[] { (where, expected), (where2, expected2) }.Where(p => p.Item1 is not null))
        {
            var page = await OfferApi.ListAsync(client, token, $", where: {{ {filter} }}");

            var titles = DemoOffers.All.Where(d => d.Status == OfferStatus.Published && predicate!(d)).Select(d => d.Title).Order().ToList();
            Assert.Equal(titles, OfferApi.Titles(page).Order());
            Assert.Equal(titles.Count, page["totalCount"]!.GetValue<int>());
        }
    }
}
