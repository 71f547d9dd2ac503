using Microsoft.EntityFrameworkCore;
using Partners.Api.JobSeekers;
using Partners.Api.Offers;
using Partners.Api.Referrals;
using Partners.Domain.Referrals;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Referrals;

/// <summary>
/// Every test host runs a retrying execution strategy (see <see cref="PartnersApiFactory"/>), as Production has on SQL
/// Server: EF refuses a transaction opened outside the strategy. Idempotent mutations open one, with their events.
/// </summary>
public sealed class RetryingStrategyTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    [Fact]
    public async Task Idempotent_mutations_and_their_events_run_under_a_retrying_strategy()
    {
        var world = new WorkflowWorld(factory);
        var client = factory.CreateClient();
        var variables = new
        {
            jobSeeker = WorkflowWorld.Id(JobSeekerNode.TypeName, await world.JobSeekerAsync()),
            offer = WorkflowWorld.Id(OfferNode.TypeName, await world.OfferAsync()),
        };
        const string Refer = "mutation($jobSeeker: ID!, $offer: ID!) { referJobSeeker(input: { jobSeekerId: $jobSeeker, offerId: $offer, professionalObjective: \"Aide-soignant\" }) { referral { id } errors { code } } }";
        var token = await Tokens.GetAsync(client, Tokens.Forem);

        var first = (await WorkflowWorld.PostAsync(client, token, Refer, variables, "strategy-key")).EnsureNoErrors();
        var again = (await WorkflowWorld.PostAsync(client, token, Refer, variables, "strategy-key")).EnsureNoErrors();
        var id = first.Data!["referJobSeeker"]!["referral"]!["id"]!.GetValue<string>();
        Assert.Equal(id, again.Data!["referJobSeeker"]!["referral"]!["id"]!.GetValue<string>());

        var referral = Partners.Api.GraphQL.Relay.GlobalId.KeyOf(id, ReferralNode.TypeName)!.Value;
        var isp = await Tokens.GetAsync(client, Tokens.Isp);
        var ack = "mutation($id: ID!) { acknowledgeReferral(input: { referralId: $id }) { referral { status } errors { code } } }";
        (await WorkflowWorld.PostAsync(client, isp, ack, new { id }, "strategy-ack")).EnsureNoErrors();
        Assert.Equal(ReferralStatus.Received, (await world.LoadReferralAsync(referral)).Status);
        Assert.Equal(2, await world.WithDbAsync(db => db.OutboxEvents.CountAsync(e => e.SubjectId == referral && e.Topic == "referral")));
    }
}
