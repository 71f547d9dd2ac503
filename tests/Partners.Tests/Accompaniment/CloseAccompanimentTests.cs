using Microsoft.EntityFrameworkCore;
using Partners.Domain.Common;
using Partners.Domain.Referrals;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Accompaniment;

/// <summary>Closing the accompaniment (art. 13 9°–10°): by the Office, with its evaluation; open referrals cancelled; the retention clock starts.</summary>
[Collection(AccompanimentCollection.Name)]
public sealed class CloseAccompanimentTests(AccompanimentApiFactory factory)
{
    private readonly WorkflowWorld world = new(factory);
    private readonly AccompanimentApi api = new(factory);

    [Fact]
    public async Task Closing_cancels_the_open_referrals_with_the_reason_frees_their_seats_and_keeps_the_closing_day()
    {
        var person = await world.JobSeekerAsync();
        var offer = await world.OfferAsync(capacity: 5);
        // One open referral per person and offer: the sent one goes to another offer.
        var sent = await world.ReferralAsync(await world.OfferAsync(), ReferralStatus.Sent, person);
        var accepted = await world.ReferralAsync(offer, ReferralStatus.Accepted, person);
        var completed = await world.ReferralAsync(offer, ReferralStatus.Completed, person);
        await world.WithDbAsync(async db => { (await db.Offers.SingleAsync(o => o.Id == offer)).SeatsTaken = 1; return await db.SaveChangesAsync(); });
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var closed = await api.CloseAsync(person, reason: "Emploi trouvé");

        AccompanimentApi.NoErrors(closed);
        var pathway = closed["jobSeeker"]!["pathway"]!;
        Assert.Equal(today.ToString("yyyy-MM-dd"), pathway["accompanimentClosedOn"]!.GetValue<string>());
        Assert.Equal("REACHED", pathway["closingEvaluation"]!["attainment"]!.GetValue<string>());
        Assert.Equal(today, await world.WithDbAsync(db => db.JobSeekers.Where(j => j.Id == person).Select(j => j.AccompanimentClosedOn).SingleAsync()));
        foreach (var id in new[] { sent, accepted })
        {
            var referral = await world.LoadReferralAsync(id);
            Assert.Equal(ReferralStatus.Cancelled, referral.Status);
            Assert.Equal("Emploi trouvé", referral.History[^1].Reason);
        }

        Assert.Equal(ReferralStatus.Completed, (await world.LoadReferralAsync(completed)).Status);
        Assert.Equal(0, await world.WithDbAsync(db => db.Offers.Where(o => o.Id == offer).Select(o => o.SeatsTaken).SingleAsync()));
    }

    [Fact]
    public async Task A_closed_accompaniment_takes_no_new_referral_and_is_not_closed_twice()
    {
        var person = await world.JobSeekerAsync();
        AccompanimentApi.NoErrors(await api.CloseAsync(person));

        Assert.Equal((ErrorCodes.NotEligible, "input.jobSeekerId"), AccompanimentApi.FirstError(await api.ReferAsync(person, await world.OfferAsync())));
        Assert.Equal(ErrorCodes.InvalidTransition, AccompanimentApi.FirstError(await api.CloseAsync(person)).Code);
    }

    [Fact]
    public async Task Closing_waits_for_a_running_service_and_writes_nothing()
    {
        var person = await world.JobSeekerAsync();
        var offer = await world.OfferAsync();
        var running = await world.ReferralAsync(offer, ReferralStatus.InProgress, person);
        var sent = await world.ReferralAsync(await world.OfferAsync(), ReferralStatus.Sent, person);

        Assert.Equal(ErrorCodes.InvalidTransition, AccompanimentApi.FirstError(await api.CloseAsync(person)).Code);
        Assert.Equal(ReferralStatus.Sent, (await world.LoadReferralAsync(sent)).Status);
        Assert.Equal(ReferralStatus.InProgress, (await world.LoadReferralAsync(running)).Status);
        Assert.Null(await world.WithDbAsync(db => db.JobSeekers.Where(j => j.Id == person).Select(j => j.AccompanimentClosedOn).SingleAsync()));
    }

    [Fact]
    public async Task A_closing_cannot_be_dated_in_the_future()
    {
        var person = await world.JobSeekerAsync();
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1).ToString("yyyy-MM-dd");
        Assert.Equal((ErrorCodes.Validation, "input.closedOn"), AccompanimentApi.FirstError(await api.CloseAsync(person, closedOn: tomorrow)));
    }

    [Fact]
    public async Task Only_the_office_closes_an_accompaniment()
    {
        var person = await world.JobSeekerAsync();
        var response = await WorkflowWorld.PostAsync(api.Http, await api.TokenAsync(Tokens.Isp),
            "mutation($j: ID!) { closeAccompaniment(input: { jobSeekerId: $j, reason: \"x\", evaluation: { attainment: REACHED, summary: \"x\" } }) { errors { code } } }",
            new { j = AccompanimentApi.JobSeekerId(person) });
        Assert.Contains(ErrorCodes.Forbidden, response.ErrorCodes);
    }
}
