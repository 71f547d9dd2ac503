using Microsoft.EntityFrameworkCore;
using Partners.Api.Referrals;
using Partners.Domain.Common;
using Partners.Domain.Referrals;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Referrals;

/// <summary>Follow-up and evaluation (art. 14 5°–7°) and the answer period, as the counsellor reads them.</summary>
public sealed class ReferralFollowUpTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string ReportEvent = """
        mutation($id: ID!, $on: Date!) {
          reportServiceEvent(input: { referralId: $id, occurredOn: $on, kind: ABSENCE, description: "Absent deux jours", proposedAdjustment: "Horaires aménagés" }) {
            referral { events { nodes { kind description proposedAdjustment occurredOn } } } errors { code }
          }
        }
        """;

    private readonly WorkflowWorld world = new(factory);

    /// <summary>An event happens while the service runs: not before it started (today, in these tests), never in the future.</summary>
    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_event_during_the_service_reaches_the_counsellor_with_its_proposed_adjustment()
    {
        var referral = await world.ReferralAsync(await world.OfferAsync(), ReferralStatus.InProgress);
        var client = factory.CreateClient();
        var id = WorkflowWorld.Id(ReferralNode.TypeName, referral);
        var reported = (await client.PostGraphQLAsync(ReportEvent, new { id, on = Today }, await Tokens.GetAsync(client, Tokens.Isp))).EnsureNoErrors();
        Assert.Empty(reported.Data!["reportServiceEvent"]!["errors"]!.AsArray());

        var read = (await client.PostGraphQLAsync("query($id: ID!) { referral(id: $id) { events { nodes { kind proposedAdjustment } } } }", new { id }, await Tokens.GetAsync(client, Tokens.Forem))).EnsureNoErrors();
        var seen = read.Data!["referral"]!["events"]!["nodes"]!.AsArray().Single()!;
        Assert.Equal(("ABSENCE", "Horaires aménagés"), (seen["kind"]!.GetValue<string>(), seen["proposedAdjustment"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(ReferralStatus.Accepted, Tokens.Isp, ErrorCodes.InvalidTransition)]
    [InlineData(ReferralStatus.Completed, Tokens.Isp, ErrorCodes.InvalidTransition)]
    [InlineData(ReferralStatus.InProgress, Tokens.Forem, ErrorCodes.Forbidden)]
    public async Task Events_are_reported_by_the_operator_while_the_service_runs_only(ReferralStatus status, string client, string code)
    {
        var referral = await world.ReferralAsync(await world.OfferAsync(), status);
        var http = factory.CreateClient();
        var response = (await http.PostGraphQLAsync(ReportEvent, new { id = WorkflowWorld.Id(ReferralNode.TypeName, referral), on = Today }, await Tokens.GetAsync(http, client))).EnsureNoErrors();
        Assert.Equal(code, response.Data!["reportServiceEvent"]!["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Empty((await world.LoadReferralAsync(referral)).Events);
    }

    [Fact]
    public async Task The_evaluation_made_with_the_job_seeker_is_read_by_the_counsellor()
    {
        var referral = await world.ReferralAsync(await world.OfferAsync(), ReferralStatus.InProgress);
        var client = factory.CreateClient();
        var id = WorkflowWorld.Id(ReferralNode.TypeName, referral);
        (await client.PostGraphQLAsync(
            "mutation($id: ID!) { completeService(input: { referralId: $id, outcome: COMPLETED, evaluation: { attainment: PARTLY_REACHED, summary: \"Bonne progression\", agreedWithJobSeeker: true, nextStepProposals: \"Stage\" } }) { errors { code } } }",
            new { id }, await Tokens.GetAsync(client, Tokens.Isp))).EnsureNoErrors();

        var read = (await client.PostGraphQLAsync("query($id: ID!) { referral(id: $id) { status outcome evaluation { attainment summary agreedWithJobSeeker nextStepProposals } } }", new { id }, await Tokens.GetAsync(client, Tokens.Forem))).EnsureNoErrors();
        var referralRead = read.Data!["referral"]!;
        Assert.Equal(("COMPLETED", "COMPLETED", "PARTLY_REACHED", "Stage"), (referralRead["status"]!.GetValue<string>(), referralRead["outcome"]!.GetValue<string>(),
            referralRead["evaluation"]!["attainment"]!.GetValue<string>(), referralRead["evaluation"]!["nextStepProposals"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_candidacy_not_answered_in_the_period_is_overdue_and_filtered_as_such()
    {
        var offer = await world.OfferAsync();
        var late = await world.ReferralAsync(offer);
        var answered = await world.ReferralAsync(offer, ReferralStatus.Accepted);
        var onTime = await world.ReferralAsync(offer, ReferralStatus.Received);
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        await world.WithDbAsync(db => db.Referrals.Where(r => r.Id == late || r.Id == answered).ExecuteUpdateAsync(s => s.SetProperty(r => r.AnswerDueOn, yesterday)));

        var client = factory.CreateClient();
        var response = (await client.PostGraphQLAsync(
            "query($offer: ID!) { overdue: referrals(first: 100, where: { offerId: $offer, overdue: true }) { totalCount nodes { id overdue } } onTime: referrals(first: 100, where: { offerId: $offer, overdue: false }) { nodes { id } } }",
            new { offer = WorkflowWorld.Id(Partners.Api.Offers.OfferNode.TypeName, offer) }, await Tokens.GetAsync(client, Tokens.Isp))).EnsureNoErrors();

        var overdue = response.Data!["overdue"]!["nodes"]!.AsArray();
        Assert.Equal(WorkflowWorld.Id(ReferralNode.TypeName, late), overdue.Single()!["id"]!.GetValue<string>());
        Assert.True(overdue.Single()!["overdue"]!.GetValue<bool>());
        Assert.Equal(1, response.Data!["overdue"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(
            new[] { answered, onTime }.Select(r => WorkflowWorld.Id(ReferralNode.TypeName, r)).Order(),
            response.Data!["onTime"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task A_text_longer_than_its_column_is_refused_on_its_field_before_anything_is_written()
    {
        var referral = await world.ReferralAsync(await world.OfferAsync());
        var client = factory.CreateClient();
        var response = (await client.PostGraphQLAsync(
            "mutation($id: ID!, $m: String!) { recordCandidacyResult(input: { referralId: $id, decision: WAITLISTED, motivation: $m }) { referral { id } errors { code field } } }",
            new { id = WorkflowWorld.Id(ReferralNode.TypeName, referral), m = new string('x', 2001) }, await Tokens.GetAsync(client, Tokens.Isp))).EnsureNoErrors();

        var error = response.Data!["recordCandidacyResult"]!["errors"]!.AsArray().Single()!;
        Assert.Equal((ErrorCodes.Validation, "input.motivation"), (error["code"]!.GetValue<string>(), error["field"]!.GetValue<string>()));
        Assert.Equal(ReferralStatus.Sent, (await world.LoadReferralAsync(referral)).Status);
    }
}
