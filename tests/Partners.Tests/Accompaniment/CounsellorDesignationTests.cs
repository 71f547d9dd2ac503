using Partners.Domain.Common;
using Partners.Domain.Referrals;
using Partners.Tests.Infrastructure;
using Partners.Tests.Live;
using Partners.Tests.Referrals;
using Partners.Tests.Subscriptions;

namespace Partners.Tests.Accompaniment;

/// <summary>The referent counsellor's designation (art. 13 2°): a history, a staff member, and the events that reach them.</summary>
[Collection(AccompanimentCollection.Name)]
public sealed class CounsellorDesignationTests(AccompanimentApiFactory factory)
{
    private const string Pathway = "query($j: ID!) { jobSeeker(id: $j) { pathway { referentCounsellorName referentCounsellor { counsellorUserId } referentCounsellorHistory { nodes { counsellorUserId counsellorName endedAt } } } } }";
    private readonly WorkflowWorld world = new(factory);
    private readonly AccompanimentApi api = new(factory);

    [Fact]
    public async Task A_new_designation_ends_the_previous_one_and_both_stay_in_the_history()
    {
        var person = await world.JobSeekerAsync();
        AccompanimentApi.NoErrors(await api.DesignateAsync(person, AccompanimentApi.CounsellorA, "Claire Jacquet"));
        AccompanimentApi.NoErrors(await api.DesignateAsync(person, AccompanimentApi.CounsellorB, "Marc Thiry"));

        var pathway = (await api.QueryAsync(Tokens.Forem, Pathway, new { j = AccompanimentApi.JobSeekerId(person) }))["jobSeeker"]!["pathway"]!;
        Assert.Equal("Marc Thiry", pathway["referentCounsellorName"]!.GetValue<string>());
        Assert.Equal(AccompanimentApi.CounsellorB, pathway["referentCounsellor"]!["counsellorUserId"]!.GetValue<string>());
        var history = pathway["referentCounsellorHistory"]!["nodes"]!.AsArray();
        Assert.Equal([AccompanimentApi.CounsellorA, AccompanimentApi.CounsellorB], history.Select(h => h!["counsellorUserId"]!.GetValue<string>()));
        Assert.NotNull(history[0]!["endedAt"]);
        Assert.Null(history[1]!["endedAt"]);
    }

    [Fact]
    public async Task A_counsellor_is_named_by_the_id_of_their_office_account()
    {
        var person = await world.JobSeekerAsync();
        var refused = await api.DesignateAsync(person, "Claire");
        Assert.Equal((ErrorCodes.Validation, "input.counsellorUserId"), AccompanimentApi.FirstError(refused));
        Assert.Equal(0, await world.WithDbAsync(db => Task.FromResult(db.CounsellorDesignations.Count(d => d.JobSeekerId == person))));
    }

    [Fact]
    public async Task An_operator_cannot_designate_the_counsellor()
    {
        var person = await world.JobSeekerAsync();
        var response = await WorkflowWorld.PostAsync(api.Http, await api.TokenAsync(Tokens.Isp),
            "mutation($j: ID!) { designateReferentCounsellor(input: { jobSeekerId: $j, counsellorUserId: \"" + AccompanimentApi.CounsellorA + "\", counsellorName: \"X\" }) { errors { code } } }",
            new { j = AccompanimentApi.JobSeekerId(person) });
        Assert.Contains(ErrorCodes.Forbidden, response.ErrorCodes);
    }

    [Fact]
    public async Task Referral_events_reach_the_counsellor_designated_when_each_change_was_made()
    {
        var person = await world.JobSeekerAsync();
        var offer = await world.OfferAsync(capacity: 5);
        // Counsellors of this test only: no other test's person reaches them.
        var (a, b) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
        await using var counsellorA = await SubscribeAsStaffAsync(a);
        await using var counsellorB = await SubscribeAsStaffAsync(b);
        var isp = await api.TokenAsync(Tokens.Isp);

        AccompanimentApi.NoErrors(await api.DesignateAsync(person, a));
        var referral = (await api.ReferAsync(person, offer))["referral"]!["id"]!.GetValue<string>();
        Assert.Equal("SENT", (await counsellorA.NextDataAsync("referralUpdated"))["referral"]!["status"]!.GetValue<string>());

        AccompanimentApi.NoErrors(await api.DesignateAsync(person, b, "Marc Thiry"));
        Assert.Null(await ReferralTransitionTests.MoveAsync(api.Http, isp, Key(referral), ReferralStatus.Received));
        var received = await counsellorB.NextDataAsync("referralUpdated");
        Assert.Equal("RECEIVED", received["referral"]!["status"]!.GetValue<string>());
        Assert.Equal(b, received["referentCounsellor"]!["counsellorUserId"]!.GetValue<string>());

        AccompanimentApi.NoErrors(await api.DesignateAsync(person, a));
        Assert.Null(await ReferralTransitionTests.MoveAsync(api.Http, isp, Key(referral), ReferralStatus.Accepted));
        // Had the RECEIVED event (made while B was the counsellor) reached A, it would come first.
        Assert.Equal("ACCEPTED", (await counsellorA.NextDataAsync("referralUpdated"))["referral"]!["status"]!.GetValue<string>());
        Assert.Null(await counsellorB.MessageWithinAsync(TimeSpan.FromMilliseconds(300)));
    }

    private async Task<GraphQLWebSocketClient> SubscribeAsStaffAsync(string oid)
    {
        var token = EntraTokens.Create([Partners.Api.Identity.StaffRoles.Counsellor], oid: oid);
        var socket = await GraphQLWebSocketClient.ConnectAndInitAsync(factory, "Bearer " + token);
        await socket.SubscribeAsync("live", "subscription { referralUpdated { referral { id status } referentCounsellor { counsellorUserId } } }");
        return socket;
    }

    private static long Key(string id) => Partners.Api.GraphQL.Relay.GlobalId.KeyOf(id, Partners.Api.Referrals.ReferralNode.TypeName)!.Value;
}
