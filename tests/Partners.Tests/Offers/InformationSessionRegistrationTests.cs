using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Data.Infrastructure;
using Partners.Api.Seed;
using Partners.Domain.Common;
using Partners.Domain.Offers;
using Partners.Domain.Referrals;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Offers;

/// <summary>
/// Registration for an information session or an intake (art. 10 3°, 14 3°), through /graphql: the organisation that
/// runs the offer registers any person it reaches; the Office registers the person it refers to the offer (art. 13 5°);
/// within the session's seats, once per person; cancelled and reinstated; seen by the Office and the offer's operator only.
/// </summary>
public sealed class InformationSessionRegistrationTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string Register = """
        mutation($o: ID!, $s: ID!, $j: ID!, $r: ID) {
          registerForInformationSession(input: { offerId: $o, sessionId: $s, jobSeekerId: $j, referralId: $r }) {
            registration { id active sessionKind sessionLocation referral { id } offer { id } } errors { code field message }
          }
        }
        """;

    private const string Cancel = """
        mutation($id: ID!, $reason: String) {
          cancelSessionRegistration(input: { registrationId: $id, reason: $reason }) {
            registration { id active cancelledAt cancellationReason } errors { code field message }
          }
        }
        """;

    private readonly WorkflowWorld world = new(factory);
    private readonly HttpClient http = factory.CreateClient();

    [Fact]
    public async Task The_office_registers_the_people_it_refers_within_the_seats_once_each_and_the_seats_left_follow()
    {
        var offer = await world.OfferAsync();
        var session = await world.InformationSessionAsync(offer, seats: 2);
        var (first, second, third) = (await world.JobSeekerAsync(), await world.JobSeekerAsync(), await world.JobSeekerAsync());
        var referrals = new[] { await world.ReferralAsync(offer, ReferralStatus.Sent, first), await world.ReferralAsync(offer, ReferralStatus.Received, second), await world.ReferralAsync(offer, ReferralStatus.Sent, third) };

        var registered = await RegisterAsync(Tokens.Forem, offer, session, first, referrals[0]);
        Assert.Empty(registered["errors"]!.AsArray());
        Assert.Equal(WorkflowWorld.Id("Referral", referrals[0]), registered["registration"]!["referral"]!["id"]!.GetValue<string>());
        Assert.Equal("INFORMATION", registered["registration"]!["sessionKind"]!.GetValue<string>());
        Assert.Equal(1, await SeatsLeftAsync(offer, session));

        // A repeat answers the registration made; nothing more is written.
        var again = await RegisterAsync(Tokens.Forem, offer, session, first, referrals[0]);
        Assert.Equal(registered["registration"]!["id"]!.GetValue<string>(), again["registration"]!["id"]!.GetValue<string>());
        Assert.Empty((await RegisterAsync(Tokens.Forem, offer, session, second, referrals[1]))["errors"]!.AsArray());
        Assert.Equal(0, await SeatsLeftAsync(offer, session));

        var full = await RegisterAsync(Tokens.Forem, offer, session, third, referrals[2], language: "en");
        Assert.Equal((ErrorCodes.NotEligible, "input.sessionId"), First(full));
        Assert.Equal("No seat left at this session.", full["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(2, await world.WithDbAsync(db => db.SessionRegistrations.CountAsync(r => r.InformationSessionId == session)));
    }

    [Fact]
    public async Task The_office_does_not_register_for_an_operators_session_a_person_it_does_not_refer_there()
    {
        var offer = await world.OfferAsync();
        var session = await world.InformationSessionAsync(offer);
        var person = await world.JobSeekerAsync();

        var refused = await RegisterAsync(Tokens.Forem, offer, session, person);
        Assert.Equal((ErrorCodes.Validation, "input.referralId"), First(refused));
        Assert.Contains("art. 13 5°", refused["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);

        // A referral of the person that is over does not do either.
        var cancelled = await world.ReferralAsync(offer, ReferralStatus.Cancelled, person);
        Assert.Equal((ErrorCodes.Validation, "input.referralId"), First(await RegisterAsync(Tokens.Forem, offer, session, person, cancelled)));
        Assert.False(await world.WithDbAsync(db => db.SessionRegistrations.AnyAsync(r => r.JobSeekerId == person)));
    }

    [Fact]
    public async Task The_offers_operator_registers_people_it_reaches_without_a_referral_and_another_operator_none()
    {
        var offer = await world.OfferAsync();
        var session = await world.InformationSessionAsync(offer);
        // The operator reaches this person through a referral to another of its offers, not to this one.
        var served = await world.JobSeekerAsync();
        await world.ReferralAsync(await world.OfferAsync(), ReferralStatus.Received, served);
        var stranger = await world.JobSeekerAsync();

        Assert.Empty((await RegisterAsync(Tokens.Isp, offer, session, served))["errors"]!.AsArray());
        Assert.Equal((ErrorCodes.NotFound, "input.jobSeekerId"), First(await RegisterAsync(Tokens.Isp, offer, session, stranger)));
        await world.ReferralAsync(await world.OfferAsync(DemoOrganisations.IspNoClause), ReferralStatus.Sent, stranger);
        Assert.Equal((ErrorCodes.Forbidden, "input.offerId"), First(await RegisterAsync(Tokens.IspNoClause, offer, session, stranger)));
        Assert.False(await world.WithDbAsync(db => db.SessionRegistrations.AnyAsync(r => r.JobSeekerId == stranger)));
    }

    [Fact]
    public async Task A_past_session_a_referral_to_another_offer_and_an_unpublished_offer_are_refused()
    {
        var offer = await world.OfferAsync();
        var person = await world.JobSeekerAsync();
        var referral = await world.ReferralAsync(offer, ReferralStatus.Sent, person);
        var past = await world.InformationSessionAsync(offer, startsAt: DateTime.UtcNow.AddDays(-1));
        Assert.Equal((ErrorCodes.Validation, "input.sessionId"), First(await RegisterAsync(Tokens.Forem, offer, past, person, referral)));

        var session = await world.InformationSessionAsync(offer);
        var elsewhere = await world.ReferralAsync(await world.OfferAsync(), ReferralStatus.Sent, person);
        Assert.Equal((ErrorCodes.Validation, "input.referralId"), First(await RegisterAsync(Tokens.Forem, offer, session, person, elsewhere)));

        var suspended = await world.OfferAsync(status: OfferStatus.Suspended);
        var closedSession = await world.InformationSessionAsync(suspended);
        Assert.Equal((ErrorCodes.NotEligible, "input.offerId"), First(await RegisterAsync(Tokens.Isp, suspended, closedSession, person)));
        Assert.False(await world.WithDbAsync(db => db.SessionRegistrations.AnyAsync(r => r.JobSeekerId == person)));
    }

    [Fact]
    public async Task A_cancelled_registration_frees_its_seat_and_registering_again_reinstates_it()
    {
        var offer = await world.OfferAsync();
        var session = await world.InformationSessionAsync(offer, seats: 1);
        var (first, second) = (await world.JobSeekerAsync(), await world.JobSeekerAsync());
        var secondReferral = await world.ReferralAsync(offer, ReferralStatus.Sent, second);
        await world.ReferralAsync(offer, ReferralStatus.Received, first);
        var registration = await world.SessionRegistrationAsync(offer, session, first);
        var id = WorkflowWorld.Id("SessionRegistration", registration);
        Assert.Equal((ErrorCodes.NotEligible, "input.sessionId"), First(await RegisterAsync(Tokens.Forem, offer, session, second, secondReferral)));

        // Another operator does not see it, so cannot cancel it.
        Assert.Equal((ErrorCodes.NotFound, "input.registrationId"), First(await CancelAsync(Tokens.IspNoClause, id, "?")));
        var cancelled = await CancelAsync(Tokens.Forem, id, "Malade ce jour-là");
        Assert.Empty(cancelled["errors"]!.AsArray());
        Assert.False(cancelled["registration"]!["active"]!.GetValue<bool>());
        Assert.Equal("Malade ce jour-là", cancelled["registration"]!["cancellationReason"]!.GetValue<string>());
        Assert.Equal(1, await SeatsLeftAsync(offer, session));

        Assert.Empty((await RegisterAsync(Tokens.Forem, offer, session, second, secondReferral))["errors"]!.AsArray());
        Assert.Equal((ErrorCodes.NotEligible, "input.sessionId"), First(await RegisterAsync(Tokens.Isp, offer, session, first)));
        Assert.Empty((await CancelAsync(Tokens.Isp, await IdOfAsync(session, second), null))["errors"]!.AsArray());
        var back = await RegisterAsync(Tokens.Isp, offer, session, first);
        Assert.Equal((id, true), (back["registration"]!["id"]!.GetValue<string>(), back["registration"]!["active"]!.GetValue<bool>()));
        Assert.Null(await world.WithDbAsync(db => db.SessionRegistrations.Where(r => r.Id == registration).Select(r => r.CancellationReason).SingleAsync()));
    }

    [Fact]
    public async Task Closing_the_accompaniment_frees_the_persons_seats_at_sessions_to_come()
    {
        var offer = await world.OfferAsync();
        var session = await world.InformationSessionAsync(offer, seats: 1);
        var person = await world.JobSeekerAsync();
        var registration = await world.SessionRegistrationAsync(offer, session, person);
        Assert.Equal(0, await SeatsLeftAsync(offer, session));

        var closed = await new Accompaniment.AccompanimentApi(factory).CloseAsync(person);

        Assert.Empty(closed["errors"]!.AsArray());
        Assert.Equal(1, await SeatsLeftAsync(offer, session));
        Assert.Equal("Emploi trouvé", await world.WithDbAsync(db => db.SessionRegistrations.Where(r => r.Id == registration).Select(r => r.CancellationReason).SingleAsync()));
    }

    [Fact]
    public async Task Registrations_are_seen_by_the_office_and_the_offers_operator_only()
    {
        var offer = await world.OfferAsync();
        var session = await world.InformationSessionAsync(offer);
        var person = await world.JobSeekerAsync();
        var registration = WorkflowWorld.Id("SessionRegistration", await world.SessionRegistrationAsync(offer, session, person));
        const string List = "query($s: ID!) { sessionRegistrations(where: { sessionId: $s }) { totalCount nodes { id jobSeeker { id } } } }";

        async Task<(int Count, bool Node)> SeenByAsync(string client)
        {
            var token = await Tokens.GetAsync(http, client);
            var list = (await WorkflowWorld.PostAsync(http, token, List, new { s = WorkflowWorld.Id("InformationSession", session) })).EnsureNoErrors();
            var node = (await WorkflowWorld.PostAsync(http, token, "query($id: ID!) { node(id: $id) { id } }", new { id = registration })).EnsureNoErrors();
            return (list.Data!["sessionRegistrations"]!["totalCount"]!.GetValue<int>(), node.Data!["node"] is not null);
        }

        Assert.Equal((1, true), await SeenByAsync(Tokens.Forem));
        Assert.Equal((1, true), await SeenByAsync(Tokens.Isp));
        Assert.Equal((0, false), await SeenByAsync(Tokens.IspNoClause));
        Assert.Equal((0, false), await SeenByAsync(Tokens.CpasLiege));

        // The Commission never sees a person: the list is not even open to it.
        var commission = await WorkflowWorld.PostAsync(http, await Tokens.GetAsync(http, Tokens.Commission), List, new { s = WorkflowWorld.Id("InformationSession", session) });
        Assert.Equal("FORBIDDEN", Assert.Single(commission.ErrorCodes));
    }

    [Fact]
    public async Task Rewriting_the_offers_sessions_keeps_a_session_people_hold_seats_at()
    {
        var offer = await world.OfferAsync();
        var startsAt = DateTime.UtcNow.Date.AddDays(12).AddHours(9);
        var session = await world.InformationSessionAsync(offer, seats: 3, startsAt: startsAt);
        await world.SessionRegistrationAsync(offer, session, await world.JobSeekerAsync());
        await world.SessionRegistrationAsync(offer, session, await world.JobSeekerAsync());
        var token = await Tokens.GetAsync(http, Tokens.Isp);
        const string Update = """
            mutation($o: ID!, $sessions: [InformationSessionInput!]) {
              updateOffer(input: { offerId: $o, informationSessions: $sessions }) {
                offer { informationSessions { nodes { id kind seats seatsLeft } } } errors { code field message }
              }
            }
            """;
        async Task<JsonNode> UpdateAsync(object sessions) =>
            (await WorkflowWorld.PostAsync(http, token, Update, new { o = WorkflowWorld.Id("Offer", offer), sessions })).EnsureNoErrors().Data!["updateOffer"]!;

        var other = new { startsAt = startsAt.AddDays(7), location = "Liège, salle 2", kind = "INTAKE" };
        var removed = await UpdateAsync(new[] { other });
        Assert.Equal((ErrorCodes.Validation, "input.informationSessions"), First(removed));
        var tooFew = await UpdateAsync(new object[] { new { startsAt, location = "Liège, salle 2", seats = 1 }, other });
        Assert.Equal((ErrorCodes.Validation, "input.informationSessions[0].seats"), First(tooFew));
        var none = await UpdateAsync(new object[] { new { startsAt, location = "Liège, salle 2", seats = 0 } });
        Assert.Contains(none["errors"]!.AsArray(), e => e!["field"]!.GetValue<string>() == "input.informationSessions[0].seats");

        var kept = await UpdateAsync(new object[] { new { startsAt, location = "Liège, salle 2", seats = 5, description = "Présentation" }, other });
        Assert.Empty(kept["errors"]!.AsArray());
        var sessions = kept["offer"]!["informationSessions"]!["nodes"]!.AsArray();
        Assert.Equal(WorkflowWorld.Id("InformationSession", session), sessions[0]!["id"]!.GetValue<string>());
        Assert.Equal((5, 3), (sessions[0]!["seats"]!.GetValue<int>(), sessions[0]!["seatsLeft"]!.GetValue<int>()));
        Assert.Equal("INTAKE", sessions[1]!["kind"]!.GetValue<string>());
        Assert.Equal(2, await world.WithDbAsync(db => db.SessionRegistrations.CountAsync(r => r.InformationSessionId == session && r.CancelledAt == null)));
    }

    [Fact]
    public async Task A_list_of_50_registrations_costs_as_many_statements_as_a_list_of_5()
    {
        var offer = await world.OfferAsync();
        var session = await world.InformationSessionAsync(offer);
        for (var i = 0; i < 50; i++)
        {
            var person = await world.JobSeekerAsync();
            await world.ReferralAsync(offer, ReferralStatus.Sent, person);
            await world.SessionRegistrationAsync(offer, session, person);
        }

        var token = await Tokens.GetAsync(http, Tokens.Isp);
        var counter = factory.Services.GetRequiredService<SqlCommandCounter>();
        const string List = """
            query Registrations($s: ID!, $first: Int!) {
              sessionRegistrations(first: $first, where: { sessionId: $s }) {
                nodes { id offer { title informationSessions { nodes { seatsLeft } } } registeredBy { name } referral { id } jobSeeker { identity { lastName } } }
              }
            }
            """;
        async Task<(int Statements, int Nodes)> CountAsync(int first)
        {
            counter.Reset();
            var response = (await WorkflowWorld.PostAsync(http, token, List, new { s = WorkflowWorld.Id("InformationSession", session), first })).EnsureNoErrors();
            return (counter.Commands.Count, response.Data!["sessionRegistrations"]!["nodes"]!.AsArray().Count);
        }

        await CountAsync(5);
        var five = await CountAsync(5);
        var fifty = await CountAsync(50);
        Assert.Equal((5, 50), (five.Nodes, fifty.Nodes));
        Assert.True(five.Statements == fifty.Statements, string.Join("\n----\n", counter.Commands));
    }

    private async Task<string> IdOfAsync(long session, long person) => WorkflowWorld.Id("SessionRegistration",
        await world.WithDbAsync(db => db.SessionRegistrations.Where(r => r.InformationSessionId == session && r.JobSeekerId == person).Select(r => r.Id).SingleAsync()));

    private async Task<JsonNode> RegisterAsync(string client, long offer, long session, long person, long? referral = null, string? language = null)
    {
        var response = await WorkflowWorld.PostAsync(http, await Tokens.GetAsync(http, client), Register, new
        {
            o = WorkflowWorld.Id("Offer", offer), s = WorkflowWorld.Id("InformationSession", session), j = WorkflowWorld.Id("JobSeeker", person),
            r = referral is { } id ? WorkflowWorld.Id("Referral", id) : null,
        }, language: language);
        return response.EnsureNoErrors().Data!["registerForInformationSession"]!;
    }

    private async Task<JsonNode> CancelAsync(string client, string registration, string? reason) =>
        (await WorkflowWorld.PostAsync(http, await Tokens.GetAsync(http, client), Cancel, new { id = registration, reason })).EnsureNoErrors().Data!["cancelSessionRegistration"]!;

    private async Task<int> SeatsLeftAsync(long offer, long session)
    {
        var response = await WorkflowWorld.PostAsync(http, await Tokens.GetAsync(http, Tokens.Forem),
            "query($o: ID!) { offer(id: $o) { informationSessions { nodes { id seatsLeft } } } }", new { o = WorkflowWorld.Id("Offer", offer) });
        var sessions = response.EnsureNoErrors().Data!["offer"]!["informationSessions"]!["nodes"]!.AsArray();
        return sessions.Single(s => s!["id"]!.GetValue<string>() == WorkflowWorld.Id("InformationSession", session))!["seatsLeft"]!.GetValue<int>();
    }

    private static (string Code, string? Field) First(JsonNode payload)
    {
        var error = payload["errors"]!.AsArray().FirstOrDefault();
        Assert.True(error is not null, "Expected a refusal: " + payload.ToJsonString());
        return (error["code"]!.GetValue<string>(), error["field"]?.GetValue<string>());
    }
}
