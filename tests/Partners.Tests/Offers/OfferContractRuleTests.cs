using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.Seed;
using Partners.Data;
using Partners.Domain.Contracts;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Offers;

/// <summary>An operator whose cooperation contract (Art. 11) is not active publishes and changes nothing: NOT_ELIGIBLE.</summary>
public sealed class OfferContractRuleTests : IClassFixture<PartnersApiFactory>, IAsyncLifetime
{
    private readonly PartnersApiFactory factory;
    private readonly HttpClient client;

    public OfferContractRuleTests(PartnersApiFactory factory)
    {
        this.factory = factory;
        client = factory.CreateClient();
    }

    public async Task InitializeAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        var operatorId = await db.Organisations.Where(o => o.Name == DemoOrganisations.IspNoClause).Select(o => o.Id).SingleAsync();
        await db.CooperationContracts.Where(c => c.OperatorOrganisationId == operatorId)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.Status, ContractStatus.Suspended));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Without_an_active_contract_an_operator_cannot_create_an_offer()
    {
        var token = await Tokens.GetAsync(client, Tokens.IspNoClause);

        var payload = await OfferApi.MutateAsync(client, token, OfferApi.Create, "createOffer", OfferApi.ValidInput());

        Assert.Equal("NOT_ELIGIBLE", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(payload["offer"]);
    }

    [Theory]
    [InlineData("suspendOffer")]
    [InlineData("archiveOffer")]
    public async Task Without_an_active_contract_an_operator_cannot_move_its_offers(string move)
    {
        var token = await Tokens.GetAsync(client, Tokens.IspNoClause);
        var id = await OfferApi.IdOfAsync(client, token, DemoOffers.ForYouth);

        var payload = await OfferApi.MoveAsync(client, token, move, id);

        Assert.Equal("NOT_ELIGIBLE", payload["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_an_active_contract_an_operator_cannot_update_its_offers()
    {
        var token = await Tokens.GetAsync(client, Tokens.IspNoClause);
        var id = await OfferApi.IdOfAsync(client, token, DemoOffers.ForYouth);

        var payload = await OfferApi.MutateAsync(client, token, OfferApi.Update, "updateOffer", new { offerId = id, title = "Autre titre" });

        Assert.Equal("NOT_ELIGIBLE", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Contains(DemoOffers.ForYouth, OfferApi.Titles(await OfferApi.ListAsync(client, token)));
    }
}
