using Partners.Api.Referrals;
using Partners.Api.Seed;
using Partners.Domain.Common;
using Partners.Domain.Referrals;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Referrals;

/// <summary>A referral exists only for its two parties; an operator never answers another's (its existence is not disclosed).</summary>
public sealed class ReferralPartyTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly WorkflowWorld world = new(factory);

    [Fact]
    public async Task An_operator_answering_another_operators_referral_finds_nothing_and_changes_nothing()
    {
        var referral = await world.ReferralAsync(await world.OfferAsync(DemoOrganisations.IspWithClause));
        var client = factory.CreateClient();
        var outsider = await Tokens.GetAsync(client, Tokens.IspNoClause);

        Assert.Equal(ErrorCodes.NotFound, await ReferralTransitionTests.MoveAsync(client, outsider, referral, ReferralStatus.Accepted));
        Assert.Equal(ReferralStatus.Sent, (await world.LoadReferralAsync(referral)).Status);

        var id = WorkflowWorld.Id(ReferralNode.TypeName, referral);
        var read = (await client.PostGraphQLAsync("query($id: ID!) { referral(id: $id) { id } node(id: $id) { id } referrals(first: 100) { totalCount nodes { id } } }", new { id }, outsider)).EnsureNoErrors();
        Assert.Null(read.Data!["referral"]);
        Assert.Null(read.Data!["node"]);
        Assert.DoesNotContain(read.Data!["referrals"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task The_receiving_operator_and_the_Office_both_see_it_with_its_offer_and_operator()
    {
        var referral = await world.ReferralAsync(await world.OfferAsync(DemoOrganisations.IspWithClause));
        var client = factory.CreateClient();
        var id = WorkflowWorld.Id(ReferralNode.TypeName, referral);
        foreach (var party in new[] { Tokens.Isp, Tokens.Forem })
        {
            var read = (await client.PostGraphQLAsync("query($id: ID!) { referral(id: $id) { status operator { name } referringOrganisation { name } offer { title } } }", new { id }, await Tokens.GetAsync(client, party))).EnsureNoErrors();
            Assert.Equal(DemoOrganisations.IspWithClause, read.Data!["referral"]!["operator"]!["name"]!.GetValue<string>());
            Assert.Equal(DemoOrganisations.Office, read.Data!["referral"]!["referringOrganisation"]!["name"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Accepting_takes_a_seat_and_the_last_seat_cannot_be_taken_twice()
    {
        var offer = await world.OfferAsync(capacity: 1);
        var first = await world.ReferralAsync(offer, ReferralStatus.Received);
        var second = await world.ReferralAsync(offer, ReferralStatus.Received);
        var client = factory.CreateClient();
        var token = await Tokens.GetAsync(client, Tokens.Isp);

        Assert.Null(await ReferralTransitionTests.MoveAsync(client, token, first, ReferralStatus.Accepted));
        Assert.Equal(ErrorCodes.NotEligible, await ReferralTransitionTests.MoveAsync(client, token, second, ReferralStatus.Accepted));
        Assert.Null(await ReferralTransitionTests.MoveAsync(client, token, second, ReferralStatus.Waitlisted));
        Assert.Equal(0, await world.WithDbAsync(db => Task.FromResult(db.Offers.Single(o => o.Id == offer).SeatsLeft)));

        Assert.Null(await ReferralTransitionTests.MoveAsync(client, await Tokens.GetAsync(client, Tokens.Forem), first, ReferralStatus.Cancelled));
        Assert.Equal(1, await world.WithDbAsync(db => Task.FromResult(db.Offers.Single(o => o.Id == offer).SeatsLeft)));
        Assert.Null(await ReferralTransitionTests.MoveAsync(client, token, second, ReferralStatus.Accepted));
    }

    [Fact]
    public async Task A_refusal_without_reason_or_motivation_names_the_fields_in_the_callers_language()
    {
        var referral = await world.ReferralAsync(await world.OfferAsync());
        var client = factory.CreateClient();
        var response = (await client.PostGraphQLAsync(
            "mutation($id: ID!) { recordCandidacyResult(input: { referralId: $id, decision: REFUSED, motivation: \" \" }) { referral { id } errors { code field message } } }",
            new { id = WorkflowWorld.Id(ReferralNode.TypeName, referral) }, await Tokens.GetAsync(client, Tokens.Isp), language: "en")).EnsureNoErrors();

        var errors = response.Data!["recordCandidacyResult"]!["errors"]!.AsArray();
        Assert.Equal(["input.refusalReason", "input.motivation"], errors.Select(e => e!["field"]!.GetValue<string>()));
        Assert.Equal("A refusal needs a coded reason.", errors[0]!["message"]!.GetValue<string>());
        Assert.Null(response.Data!["recordCandidacyResult"]!["referral"]);
        Assert.Equal(ReferralStatus.Sent, (await world.LoadReferralAsync(referral)).Status);
    }
}
