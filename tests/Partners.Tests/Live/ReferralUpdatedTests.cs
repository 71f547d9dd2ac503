using Microsoft.EntityFrameworkCore;
using Partners.Api.JobSeekers;
using Partners.Api.Offers;
using Partners.Api.Referrals;
using Partners.Api.Seed;
using Partners.Data.Events;
using Partners.Domain.Referrals;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Live;

/// <summary><c>referralUpdated</c> over real WebSockets, fed by the referral mutations of other clients.</summary>
public sealed class ReferralUpdatedTests(LiveApiFactory factory) : IClassFixture<LiveApiFactory>
{
    private const string Document = "subscription { referralUpdated { id occurredAt referral { id status jobSeeker { identity { lastName } } } } }";
    private readonly WorkflowWorld world = new(factory);

    [Fact]
    public async Task The_operator_sees_a_referral_made_by_the_office_and_its_own_acknowledgement_live()
    {
        var offer = await world.OfferAsync();
        await using var isp = await LiveSockets.SubscribeAsync(factory, Tokens.Isp, Document);
        var http = factory.CreateClient();

        // How fast is the subscription benchmark's question (tools/Partners.Benchmarks), not a timed test's.
        var referralId = await ReferAsync(http, await world.JobSeekerAsync(), offer);
        var sent = await isp.NextDataAsync("referralUpdated");
        Assert.Equal((referralId, "SENT"), (sent["referral"]!["id"]!.GetValue<string>(), sent["referral"]!["status"]!.GetValue<string>()));
        Assert.Equal("Test", sent["referral"]!["jobSeeker"]!["identity"]!["lastName"]!.GetValue<string>());

        Assert.Null(await ReferralTransitionTests.MoveAsync(http, await Tokens.GetAsync(http, Tokens.Isp), Key(referralId), ReferralStatus.Received));
        var received = await isp.NextDataAsync("referralUpdated");
        Assert.Equal("RECEIVED", received["referral"]!["status"]!.GetValue<string>());
        Assert.True(long.Parse(received["id"]!.GetValue<string>()) > long.Parse(sent["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_operator_never_sees_a_referral_to_another_operator()
    {
        await using var isp = await LiveSockets.SubscribeAsync(factory, Tokens.Isp, Document);
        var http = factory.CreateClient();

        await ReferAsync(http, await world.JobSeekerAsync(), await world.OfferAsync(DemoOrganisations.IspNoClause));
        var ours = await ReferAsync(http, await world.JobSeekerAsync(), await world.OfferAsync());

        // Had the other operator's referral reached this subscriber, it would come first.
        Assert.Equal(ours, (await isp.NextDataAsync("referralUpdated"))["referral"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_refused_move_enqueues_no_event()
    {
        var referral = await world.ReferralAsync(await world.OfferAsync(), ReferralStatus.Completed);
        var http = factory.CreateClient();

        var refused = await ReferralTransitionTests.MoveAsync(http, await Tokens.GetAsync(http, Tokens.Isp), referral, ReferralStatus.Received);

        Assert.Equal(Partners.Domain.Common.ErrorCodes.InvalidTransition, refused);
        Assert.False(await world.WithDbAsync(db => db.OutboxEvents.AnyAsync(e => e.Topic == EventTopics.Referral && e.SubjectId == referral)));
    }

    [Fact]
    public async Task An_event_that_reads_an_identity_writes_its_access_log_entry()
    {
        var offer = await world.OfferAsync();
        var jobSeeker = await world.JobSeekerAsync();
        await using var isp = await LiveSockets.SubscribeAsync(factory, Tokens.Isp, Document);

        await ReferAsync(factory.CreateClient(), jobSeeker, offer);
        Assert.NotNull((await isp.NextDataAsync("referralUpdated"))["referral"]!["jobSeeker"]!["identity"]);

        var ispId = await world.OrganisationIdAsync(DemoOrganisations.IspWithClause);
        Assert.True(await world.WithDbAsync(db => db.AccessLog.AnyAsync(e => e.JobSeekerId == jobSeeker && e.OrganisationId == ispId)));
    }

    [Fact]
    public async Task An_event_carries_no_category_the_subscriber_may_not_read()
    {
        var offer = await world.OfferAsync();
        var jobSeeker = await world.JobSeekerAsync(DemoOrganisations.CpasLiege);
        await using var isp = await LiveSockets.SubscribeAsync(factory, Tokens.Isp,
            "subscription { referralUpdated { referral { jobSeeker { pathway { professionalObjectives } social { receivesIntegrationIncome } } } } }");

        await ReferAsync(factory.CreateClient(), jobSeeker, offer);
        var message = await isp.ReceiveAsync();
        Assert.Equal("next", message["type"]!.GetValue<string>());
        var person = message["payload"]!["data"]!["referralUpdated"]!["referral"]!["jobSeeker"]!;
        Assert.NotNull(person["pathway"]);
        Assert.Null(person["social"]);
        var error = message["payload"]!["errors"]!.AsArray().Single()!;
        Assert.Equal("CONSENT_REQUIRED", error["extensions"]!["code"]!.GetValue<string>()); // the operator may hold the scope; no consent names it
        Assert.Equal(["referralUpdated", "referral", "jobSeeker", "social"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    [Fact]
    public async Task A_consent_withdrawn_mid_subscription_stops_what_it_covered_at_the_next_event()
    {
        var offer = await world.OfferAsync();
        var jobSeeker = await world.JobSeekerAsync(DemoOrganisations.CpasLiege);
        var http = factory.CreateClient();
        var cpas = await Tokens.GetAsync(http, Tokens.CpasLiege);
        var office = WorkflowWorld.Id(Partners.Api.Organisations.OrganisationNode.TypeName, await world.OrganisationIdAsync(DemoOrganisations.Office));
        var granted = (await http.PostGraphQLAsync(
            "mutation($j: ID!, $o: ID!) { grantConsent(input: { jobSeekerId: $j, recipientOrganisationId: $o, categories: [SOCIAL], purpose: \"Accompagnement\", evidenceReference: \"FORM-1\" }) { consent { id } errors { code } } }",
            new { j = WorkflowWorld.Id(JobSeekerNode.TypeName, jobSeeker), o = office }, cpas)).EnsureNoErrors();
        var consent = granted.Data!["grantConsent"]!["consent"]!["id"]!.GetValue<string>();

        // The Office reads SOCIAL only under the person's consent (shared professional secrecy).
        await using var forem = await LiveSockets.SubscribeAsync(factory, Tokens.Forem,
            "subscription { referralUpdated { referral { id status jobSeeker { social { followedByCpas } } } } }");
        var referralId = await ReferAsync(http, jobSeeker, offer);
        var first = await forem.ReceiveAsync();
        Assert.True(first["payload"]!["data"]!["referralUpdated"]!["referral"]!["jobSeeker"]!["social"]!["followedByCpas"]!.GetValue<bool>());

        (await http.PostGraphQLAsync("mutation($c: ID!) { withdrawConsent(input: { consentId: $c }) { errors { code } } }", new { c = consent }, cpas)).EnsureNoErrors();
        Assert.Null(await ReferralTransitionTests.MoveAsync(http, await Tokens.GetAsync(http, Tokens.Isp), Key(referralId), ReferralStatus.Received));
        var second = await forem.ReceiveAsync();
        Assert.Equal("RECEIVED", second["payload"]!["data"]!["referralUpdated"]!["referral"]!["status"]!.GetValue<string>());
        Assert.Null(second["payload"]!["data"]!["referralUpdated"]!["referral"]!["jobSeeker"]!["social"]);
        Assert.Equal("CONSENT_REQUIRED", second["payload"]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    private async Task<string> ReferAsync(HttpClient http, long jobSeeker, long offer)
    {
        var response = await http.PostGraphQLAsync(
            "mutation($j: ID!, $o: ID!) { referJobSeeker(input: { jobSeekerId: $j, offerId: $o, professionalObjective: \"Aide-soignant\" }) { referral { id } errors { code } } }",
            new { j = WorkflowWorld.Id(JobSeekerNode.TypeName, jobSeeker), o = WorkflowWorld.Id(OfferNode.TypeName, offer) },
            await Tokens.GetAsync(http, Tokens.Forem));
        var payload = response.EnsureNoErrors().Data!["referJobSeeker"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        return payload["referral"]!["id"]!.GetValue<string>();
    }

    private static long Key(string id) => Partners.Api.GraphQL.Relay.GlobalId.KeyOf(id, ReferralNode.TypeName)!.Value;
}
