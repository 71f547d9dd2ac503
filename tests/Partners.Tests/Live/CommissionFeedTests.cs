using Microsoft.EntityFrameworkCore;
using Partners.Api.Disputes;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Seed;
using Partners.Data.Events;
using Partners.Tests.Disputes;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Live;

/// <summary><c>disputeUpdated</c> (the parties and the Commission) and <c>commissionFeed</c> over real WebSockets.</summary>
public sealed class CommissionFeedTests(LiveApiFactory factory) : IClassFixture<LiveApiFactory>
{
    private const string Feed = "subscription { commissionFeed { id kind occurredAt dispute { id status } recurringDifficulty { id } complaintCounts { count } } }";
    private const string Disputes = "subscription { disputeUpdated { id status } }";

    [Fact]
    public async Task The_commission_feed_receives_a_filed_dispute()
    {
        await using var commission = await LiveSockets.SubscribeAsync(factory, Tokens.Commission, Feed);
        var http = factory.CreateClient();

        var dispute = await new DisputeApi(factory, http).FiledAsync(await Tokens.GetAsync(http, Tokens.Isp), DemoOrganisations.Office);

        var filed = await commission.NextDataAsync("commissionFeed", e => e["dispute"]?["id"]?.GetValue<string>() == dispute);
        Assert.Equal(("DISPUTE_FILED", dispute), (filed["kind"]!.GetValue<string>(), filed["dispute"]!["id"]!.GetValue<string>()));
        Assert.Null(filed["complaintCounts"]);
    }

    [Fact]
    public async Task A_recorded_complaint_reaches_the_feed_as_counts_and_its_handling_does_not()
    {
        await using var commission = await LiveSockets.SubscribeAsync(factory, Tokens.Commission,
            "subscription { commissionFeed { kind complaintCounts { count engagement { code } } } }");
        var http = factory.CreateClient();
        var api = new Partners.Tests.Complaints.ComplaintApi(factory, http);
        var id = await api.FiledAsync(await Tokens.GetAsync(http, Tokens.Forem), DemoOrganisations.IspWithClause, "OPERATOR_14_5");

        var filed = await commission.NextDataAsync("commissionFeed", e => e["kind"]!.GetValue<string>() == "COMPLAINT_COUNTS_CHANGED");
        Assert.Contains(filed["complaintCounts"]!.AsArray(), c => c!["engagement"]!["code"]!.GetValue<string>() == "OPERATOR_14_5" && c["count"]!.GetValue<int>() >= 1);

        await api.MoveAsync("acknowledgeComplaint", await Tokens.GetAsync(http, Tokens.Isp), new { complaintId = id });
        Assert.Null(await commission.MessageWithinAsync(TimeSpan.FromMilliseconds(700)));
    }

    [Fact]
    public async Task The_commission_feed_receives_a_reported_recurring_difficulty()
    {
        await using var commission = await LiveSockets.SubscribeAsync(factory, Tokens.Commission, Feed);
        var http = factory.CreateClient();

        var response = await http.PostGraphQLAsync(
            "mutation { reportRecurringDifficulty(input: { title: \"Transport\", description: \"Pas de bus le matin.\" }) { recurringDifficulty { id } errors { code } } }",
            token: await Tokens.GetAsync(http, Tokens.Isp));
        var reported = response.EnsureNoErrors().Data!["reportRecurringDifficulty"]!["recurringDifficulty"]!["id"]!.GetValue<string>();

        var next = await commission.NextDataAsync("commissionFeed", e => e["recurringDifficulty"]?["id"]?.GetValue<string>() == reported);
        Assert.Equal(("RECURRING_DIFFICULTY_REPORTED", reported), (next["kind"]!.GetValue<string>(), next["recurringDifficulty"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_dispute_reaches_its_parties_and_the_commission_but_no_other_operator()
    {
        await using var office = await LiveSockets.SubscribeAsync(factory, Tokens.Forem, Disputes);
        await using var commission = await LiveSockets.SubscribeAsync(factory, Tokens.Commission, Disputes);
        await using var other = await LiveSockets.SubscribeAsync(factory, Tokens.IspNoClause, Disputes);
        var http = factory.CreateClient();

        var dispute = await new DisputeApi(factory, http).FiledAsync(await Tokens.GetAsync(http, Tokens.Isp), DemoOrganisations.Office);

        Assert.Equal(dispute, (await office.NextDataAsync("disputeUpdated"))["id"]!.GetValue<string>());
        Assert.Equal(dispute, (await commission.NextDataAsync("disputeUpdated"))["id"]!.GetValue<string>());
        Assert.Null(await other.MessageWithinAsync(TimeSpan.FromMilliseconds(700)));
    }

    [Theory]
    [InlineData(Tokens.Isp)]
    [InlineData(Tokens.Forem)]
    public async Task An_operators_or_the_Offices_machine_token_is_refused_the_commission_feed(string client)
    {
        await using var socket = await LiveSockets.SubscribeAsync(factory, client, Feed);
        var http = factory.CreateClient();

        var refused = await socket.ReceiveAsync();
        await new DisputeApi(factory, http).FiledAsync(await Tokens.GetAsync(http, Tokens.Isp), DemoOrganisations.Office);

        // Refused when subscribing (the dashboard's feed needs the commission scope): one FORBIDDEN without data,
        // the subscription completed, and the dispute filed since brings nothing.
        Assert.Equal("next", refused["type"]!.GetValue<string>());
        Assert.Null(refused["payload"]!["data"]);
        Assert.Equal("FORBIDDEN", refused["payload"]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        var after = new List<string>();
        while (await socket.MessageWithinAsync(TimeSpan.FromMilliseconds(700)) is { } message)
        {
            after.Add(message["type"]!.GetValue<string>());
        }

        Assert.Equal(["complete"], after);
    }

    [Fact]
    public async Task A_refused_dispute_move_enqueues_no_event()
    {
        var http = factory.CreateClient();
        var api = new DisputeApi(factory, http);
        var dispute = await api.FiledAsync(await Tokens.GetAsync(http, Tokens.Isp), DemoOrganisations.Office);
        var world = new WorkflowWorld(factory);
        var key = GlobalId.KeyOf(dispute, DisputeNode.TypeName)!.Value;
        var before = await world.WithDbAsync(db => db.OutboxEvents.CountAsync(e => e.SubjectId == key && e.Topic != EventTopics.Referral));

        // Only the filer may withdraw: the respondent is refused.
        var refused = await api.MovedAsync("withdrawDispute", await Tokens.GetAsync(http, Tokens.Forem), new { disputeId = dispute, reason = "non" });

        Assert.NotEmpty(refused["errors"]!.AsArray());
        Assert.Equal(before, await world.WithDbAsync(db => db.OutboxEvents.CountAsync(e => e.SubjectId == key && e.Topic != EventTopics.Referral)));
    }
}
