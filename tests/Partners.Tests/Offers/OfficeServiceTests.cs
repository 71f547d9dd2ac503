using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Partners.Api.Seed;
using Partners.Domain.Common;
using Partners.Domain.Referrals;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Offers;

/// <summary>
/// The Office's own services (prestations internes, décret du 12 janvier 2012, art. 8), through /graphql: the Office
/// publishes them under no cooperation contract (it cannot contract with itself, art. 2 3°, 11) and runs them as
/// their operator; referrals to them are eligible without a contract, answered by the Office, and not counted for the
/// Commission (art. 16 §2 follows the relations between the Office and the operators); a complaint about them is the
/// Office's (art. 13), never an operator's; a dispute (art. 16) cannot be the Office's with itself.
/// </summary>
public sealed class OfficeServiceTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly WorkflowWorld world = new(factory);
    private readonly HttpClient http = factory.CreateClient();

    [Fact]
    public async Task The_office_publishes_a_service_of_its_own_without_a_contract_and_refers_people_to_it()
    {
        var office = await TokenAsync(Tokens.Forem);
        var created = await SendAsync(office, """
            mutation($input: CreateOfferInput!) { createOffer(input: $input) { offer { id status officeService contract { id } operator { kind } } errors { code field message } } }
            """, new
        {
            input = new
            {
                title = "Atelier CV du Forem", serviceType = "COACHING", objectives = "Rédiger son CV", expectedResults = "Un CV à jour",
                address = "Rue de Namur 1", postalCode = "4000", municipality = "Liège", region = "LIEGE", durationDescription = "Une demi-journée",
                startsOn = "2027-02-01", capacity = 12, intakeModalities = "Au Forem, sur convocation", referralModalities = "Par le conseiller référent",
            },
        });
        Assert.Empty(created["errors"]!.AsArray());
        var offer = created["offer"]!;
        Assert.Equal(("DRAFT", true, "OFFICE"), (offer["status"]!.GetValue<string>(), offer["officeService"]!.GetValue<bool>(), offer["operator"]!["kind"]!.GetValue<string>()));
        Assert.Null(offer["contract"]);
        var offerId = offer["id"]!.GetValue<string>();

        var published = await SendAsync(office, "mutation($id: ID!) { publishOffer(input: { offerId: $id }) { offer { status } errors { code field } } }", new { id = offerId });
        Assert.Empty(published["errors"]!.AsArray());
        Assert.Equal("PUBLISHED", published["offer"]!["status"]!.GetValue<string>());

        var person = WorkflowWorld.Id("JobSeeker", await world.JobSeekerAsync());
        var referred = await SendAsync(office, """
            mutation($p: ID!, $o: ID!) { referJobSeeker(input: { jobSeekerId: $p, offerId: $o, professionalObjective: "Aide-soignant" }) { referral { id status operator { kind } } errors { code field message } } }
            """, new { p = person, o = offerId });
        Assert.Empty(referred["errors"]!.AsArray());
        Assert.Equal(("SENT", "OFFICE"), (referred["referral"]!["status"]!.GetValue<string>(), referred["referral"]!["operator"]!["kind"]!.GetValue<string>()));

        // The Office answers the candidacy itself, as the service's operator (art. 14 4°–5° by analogy).
        var answered = await SendAsync(office, """
            mutation($r: ID!) { recordCandidacyResult(input: { referralId: $r, decision: ACCEPTED, motivation: "Place libre" }) { referral { status } errors { code field } } }
            """, new { r = referred["referral"]!["id"]!.GetValue<string>() });
        Assert.Empty(answered["errors"]!.AsArray());
        Assert.Equal("ACCEPTED", answered["referral"]!["status"]!.GetValue<string>());

        // And withdraws it as the referring side: the Office plays both parts of the state table.
        var cancelled = await SendAsync(office, """
            mutation($r: ID!) { cancelReferral(input: { referralId: $r, reason: "Emploi trouvé" }) { referral { status } errors { code field } } }
            """, new { r = referred["referral"]!["id"]!.GetValue<string>() });
        Assert.Empty(cancelled["errors"]!.AsArray());
        Assert.Equal("CANCELLED", cancelled["referral"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Referrals_to_the_offices_own_services_are_not_counted_for_the_commission()
    {
        var offer = await world.OfferAsync(DemoOrganisations.Office);
        var referral = await world.ReferralAsync(offer);
        await world.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE Referrals SET AnswerDueOn = {DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3)} WHERE Id = {referral}"));
        var officeId = WorkflowWorld.Id("Organisation", await world.OrganisationIdAsync(DemoOrganisations.Office));

        // The Office, which steers, sees its own referral overdue like any other.
        var office = await TokenAsync(Tokens.Forem);
        var overdue = (await WorkflowWorld.PostAsync(http, office, "query($id: ID!) { referral(id: $id) { overdue } }", new { id = WorkflowWorld.Id("Referral", referral) }))
            .EnsureNoErrors().Data!["referral"]!["overdue"]!.GetValue<bool>();
        Assert.True(overdue);

        var dashboard = (await WorkflowWorld.PostAsync(http, await TokenAsync(Tokens.Commission),
                "{ commissionDashboard { overdueCandidacyAnswers { operator { id } count } referralsByStatusAndOperator { operator { id } count } } }"))
            .EnsureNoErrors().Data!["commissionDashboard"]!;
        Assert.DoesNotContain(dashboard["overdueCandidacyAnswers"]!.AsArray(), c => c!["operator"]!["id"]!.GetValue<string>() == officeId);
        Assert.DoesNotContain(dashboard["referralsByStatusAndOperator"]!.AsArray(), c => c!["operator"]!["id"]!.GetValue<string>() == officeId);
    }

    [Fact]
    public async Task The_office_registers_people_for_its_own_sessions_without_a_referral()
    {
        var offer = await world.OfferAsync(DemoOrganisations.Office);
        var session = await world.InformationSessionAsync(offer, seats: 4);
        var registered = await SendAsync(await TokenAsync(Tokens.Forem), """
            mutation($o: ID!, $s: ID!, $j: ID!) { registerForInformationSession(input: { offerId: $o, sessionId: $s, jobSeekerId: $j }) { registration { id referral { id } } errors { code field } } }
            """, new { o = WorkflowWorld.Id("Offer", offer), s = WorkflowWorld.Id("InformationSession", session), j = WorkflowWorld.Id("JobSeeker", await world.JobSeekerAsync()) });
        Assert.Empty(registered["errors"]!.AsArray());
        Assert.Null(registered["registration"]!["referral"]);
    }

    [Fact]
    public async Task A_complaint_about_an_offices_service_is_the_offices_never_an_operators()
    {
        var operatorOffer = await world.OfferAsync();
        var officeOffer = await world.OfferAsync(DemoOrganisations.Office);
        var person = await world.JobSeekerAsync();
        await world.ReferralAsync(operatorOffer, ReferralStatus.Received, person);
        var internalReferral = WorkflowWorld.Id("Referral", await world.ReferralAsync(officeOffer, ReferralStatus.Received, person));
        var office = await TokenAsync(Tokens.Forem);
        async Task<JsonNode> FileAsync(string respondent, string engagement) => await SendAsync(office, """
            mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { complaint { id } errors { code field message } } }
            """, new
        {
            input = new
            {
                jobSeekerId = WorkflowWorld.Id("JobSeeker", person), respondentOrganisationId = respondent, engagementCode = engagement,
                description = "Pas d'accueil à l'atelier", referralId = internalReferral,
            },
        });

        var operatorId = WorkflowWorld.Id("Organisation", await world.OrganisationIdAsync(DemoOrganisations.IspWithClause));
        var officeId = WorkflowWorld.Id("Organisation", await world.OrganisationIdAsync(DemoOrganisations.Office));
        var atOperator = await FileAsync(operatorId, "OPERATOR_14_3");
        Assert.Equal((ErrorCodes.Validation, "input.referralId"), First(atOperator));
        Assert.Equal((ErrorCodes.EngagementNotApplicable, "input.engagementCode"), First(await FileAsync(officeId, "OPERATOR_14_3")));
        Assert.Empty((await FileAsync(officeId, "OFFICE_13_5"))["errors"]!.AsArray());
    }

    [Fact]
    public async Task A_dispute_is_never_the_offices_with_itself_nor_about_its_own_service()
    {
        var person = await world.JobSeekerAsync();
        var internalReferral = WorkflowWorld.Id("Referral", await world.ReferralAsync(await world.OfferAsync(DemoOrganisations.Office), ReferralStatus.Received, person));
        var office = await TokenAsync(Tokens.Forem);
        const string File = """
            mutation($r: ID!, $ids: [ID!]) { fileDispute(input: { respondentOrganisationId: $r, subject: "Atelier CV", description: "Désaccord sur l'atelier", referralIds: $ids }) { dispute { id } errors { code field } } }
            """;

        var withItself = await SendAsync(office, File, new { r = WorkflowWorld.Id("Organisation", await world.OrganisationIdAsync(DemoOrganisations.Office)), ids = (string[]?)null });
        Assert.Equal((ErrorCodes.Validation, "input.respondentOrganisationId"), First(withItself));
        Assert.Null(withItself["dispute"]);

        // With an operator, about a referral to the Office's own service: that referral is no part of their cooperation.
        var aboutItsService = await SendAsync(office, File, new { r = WorkflowWorld.Id("Organisation", await world.OrganisationIdAsync(DemoOrganisations.IspWithClause)), ids = new[] { internalReferral } });
        Assert.Equal((ErrorCodes.Validation, "input.referralIds"), First(aboutItsService));
        Assert.Null(aboutItsService["dispute"]);
    }

    private Task<string> TokenAsync(string client) => Tokens.GetAsync(http, client);

    private async Task<JsonNode> SendAsync(string token, string document, object? variables) =>
        (await WorkflowWorld.PostAsync(http, token, document, variables)).EnsureNoErrors().Data!.AsObject().Single().Value!;

    private static (string Code, string? Field) First(JsonNode payload)
    {
        var error = payload["errors"]!.AsArray().FirstOrDefault();
        Assert.True(error is not null, "Expected a refusal: " + payload.ToJsonString());
        return (error["code"]!.GetValue<string>(), error["field"]?.GetValue<string>());
    }
}
