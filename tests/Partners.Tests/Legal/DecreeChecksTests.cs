using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Partners.Api.Organisations;
using Partners.Api.Seed;
using Partners.Domain.Common;
using Partners.Domain.Referrals;
using Partners.Tests.Infrastructure;
using Partners.Tests.Offers;
using Partners.Tests.Referrals;

namespace Partners.Tests.Legal;

/// <summary>
/// The decree's legal checks (domain.md, "More rules of the decree"), each reproduced through /graphql as issue 15
/// reported it: every request here was accepted before its rule.
/// </summary>
public sealed class DecreeChecksTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly WorkflowWorld world = new(factory);
    private readonly HttpClient http = factory.CreateClient();

    [Fact]
    public async Task A_service_start_an_event_and_a_completion_in_the_future_are_refused()
    {
        var accepted = await world.ReferralAsync(await world.OfferAsync(), ReferralStatus.Accepted);
        var start = await MutateAsync(Tokens.Isp, "mutation($r: ID!) { startService(input: { referralId: $r, startedOn: \"2030-01-06\" }) { errors { code field } } }", new { r = Referral(accepted) });
        Assert.Equal((ErrorCodes.Validation, "input.startedOn"), First(start));

        var running = await world.ReferralAsync(await world.OfferAsync(), ReferralStatus.InProgress);
        var report = await MutateAsync(Tokens.Isp, "mutation($r: ID!) { reportServiceEvent(input: { referralId: $r, occurredOn: \"2031-03-02\", kind: ABSENCE, description: \"Absent\" }) { errors { code field } } }", new { r = Referral(running) });
        Assert.Equal((ErrorCodes.Validation, "input.occurredOn"), First(report));
        var complete = await MutateAsync(Tokens.Isp, "mutation($r: ID!) { completeService(input: { referralId: $r, outcome: COMPLETED, endedOn: \"2031-06-30\", evaluation: { attainment: REACHED, summary: \"ok\", agreedWithJobSeeker: true } }) { errors { code field } } }", new { r = Referral(running) });
        Assert.Equal((ErrorCodes.Validation, "input.endedOn"), First(complete));
        Assert.Equal(ReferralStatus.InProgress, (await world.LoadReferralAsync(running)).Status);
        Assert.Empty((await world.LoadReferralAsync(running)).Events);
    }

    [Fact]
    public async Task A_contract_is_activated_only_with_the_ethics_charter()
    {
        var operatorId = WorkflowWorld.Id(OrganisationNode.TypeName, await world.OrganisationIdAsync(DemoOrganisations.IspNoClause));
        var created = await MutateAsync(Tokens.Forem, "mutation($o: ID!) { createCooperationContract(input: { operatorId: $o, validFrom: \"2026-01-01\", adheresToEthicsCharter: false, disputeClause: NONE }) { contract { id } errors { code } } }", new { o = operatorId });
        var contract = created["contract"]!["id"]!.GetValue<string>();

        var activated = await MutateAsync(Tokens.Forem, "mutation($c: ID!) { changeCooperationContractStatus(input: { contractId: $c, status: ACTIVE }) { contract { status } errors { code field } } }", new { c = contract });

        Assert.Equal((ErrorCodes.Validation, "input.status"), First(activated));
        Assert.Equal("DRAFT", (await QueryAsync(Tokens.Forem, "query($c: ID!) { node(id: $c) { ... on CooperationContract { status } } }", new { c = contract }))["node"]!["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("OFFICE")]
    [InlineData("COMMISSION")]
    public async Task The_network_has_one_office_and_one_commission(string kind)
    {
        var before = await world.WithDbAsync(db => db.Organisations.CountAsync());
        var second = await MutateAsync(Tokens.Forem, "mutation($k: OrganisationKind!) { registerOrganisation(input: { name: \"Second\", kind: $k, enterpriseNumber: \"0240.682.338\" }) { errors { code field } } }", new { k = kind });
        Assert.Equal((ErrorCodes.Validation, "input.kind"), First(second));
        Assert.Equal(before, await world.WithDbAsync(db => db.Organisations.CountAsync()));
    }

    [Fact]
    public async Task An_offer_without_its_legal_content_is_not_published()
    {
        var token = await Tokens.GetAsync(http, Tokens.Isp);
        var draft = await OfferApi.CreateDraftAsync(http, token, i =>
        {
            i["capacity"] = 0;
            i.Remove("expectedResults");
            i.Remove("intakeModalities");
            i.Remove("startsOn");
            i.Remove("endsOn");
            i.Remove("sessions");
        });

        var published = await OfferApi.MoveAsync(http, token, "publishOffer", draft["id"]!.GetValue<string>());

        var fields = published["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()).ToList();
        Assert.Equivalent(new[] { "input.capacity", "input.expectedResults", "input.intakeModalities", "input.sessions" }, fields);
        Assert.Null(published["offer"]);
    }

    [Theory]
    [InlineData("4700", "Eupen", "VERVIERS")]
    [InlineData("1000", "Bruxelles", "NIVELLES")]
    [InlineData("7000", "Mons", "LIEGE")]
    public async Task An_offer_outside_the_french_language_region_or_its_directorate_is_refused(string postalCode, string municipality, string region)
    {
        var token = await Tokens.GetAsync(http, Tokens.Isp);
        var refused = await OfferApi.MutateAsync(http, token, OfferApi.Create, "createOffer", OfferApi.ValidInput(i =>
        {
            i["postalCode"] = postalCode;
            i["municipality"] = municipality;
            i["region"] = region;
        }));
        Assert.Equal((ErrorCodes.Validation, "input.postalCode"), First(refused));
    }

    public static TheoryData<string, string, string, string?, string> BadRegistrations() => new()
    {
        // The pre-2000 check digits for a person born in 2005.
        { PlainCheck(new DateOnly(2005, 3, 14), 211), "2005-03-14", ErrorCodes.InvalidNiss, null, "input.niss" },
        // The NISS says 1985-06-15; the birth date says 1990-01-01.
        { DemoJobSeekers.NissOf(new DateOnly(1985, 6, 15), 213), "1990-01-01", ErrorCodes.InvalidNiss, null, "input.niss" },
        { DemoJobSeekers.NissOf(new DateOnly(2015, 2, 2), 215), "2015-02-02", ErrorCodes.Validation, null, "input.birthDate" },
        { DemoJobSeekers.NissOf(new DateOnly(2028, 2, 2), 217), "2028-02-02", ErrorCodes.Validation, null, "input.birthDate" },
        { DemoJobSeekers.NissOf(new DateOnly(1985, 6, 15), 219), "1985-06-15", ErrorCodes.Validation, "MARTIANS", "input.targetGroups[0]" },
        { DemoJobSeekers.NissOf(new DateOnly(1985, 6, 15), 221), "1985-06-15", ErrorCodes.Validation, "YOUTH_UNDER_25", "input.targetGroups[0]" },
    };

    [Theory]
    [MemberData(nameof(BadRegistrations))]
    public async Task A_registration_whose_niss_birth_date_or_target_groups_do_not_hold_is_refused(string niss, string birthDate, string code, string? targetGroup, string field)
    {
        var refused = await MutateAsync(Tokens.Forem,
            "mutation($n: String!, $b: Date!, $g: [String!]) { registerJobSeeker(input: { niss: $n, firstName: \"Alex\", lastName: \"Essai\", birthDate: $b, targetGroups: $g }) { jobSeeker { id } errors { code field } } }",
            new { n = niss, b = birthDate, g = targetGroup is null ? null : new[] { targetGroup } });
        Assert.Equal((code, field), First(refused));
        Assert.False(await world.WithDbAsync(db => db.JobSeekers.AnyAsync(j => j.Niss == niss)));
    }

    [Fact]
    public async Task A_registration_that_holds_is_accepted_and_its_age_groups_follow_the_birth_date()
    {
        var birth = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-20);
        var registered = await MutateAsync(Tokens.Forem,
            "mutation($n: String!, $b: Date!) { registerJobSeeker(input: { niss: $n, firstName: \"Alex\", lastName: \"Essai\", birthDate: $b, targetGroups: [\"YOUTH_UNDER_25\", \"NEWCOMERS\"], professionalObjectives: [\"Cariste\"] }) { jobSeeker { pathway { targetGroups } } errors { code field } } }",
            new { n = DemoJobSeekers.NissOf(birth, 223), b = birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        Assert.Empty(registered["errors"]!.AsArray());
        Assert.Equivalent(new[] { "NEWCOMERS", "YOUTH_UNDER_25" }, registered["jobSeeker"]!["pathway"]!["targetGroups"]!.AsArray().Select(g => g!.GetValue<string>()));
    }

    [Fact]
    public async Task Under_25_follows_the_birth_date_at_referral_time_not_a_stored_label()
    {
        // Born in 1990 and labelled "under 25" by an old import: not young, whatever the label says.
        var person = await world.JobSeekerAsync(null, "YOUTH_UNDER_25");
        var offer = await world.OfferAsync(targetGroups: "YOUTH_UNDER_25");
        var refused = await MutateAsync(Tokens.Forem,
            "mutation($j: ID!, $o: ID!) { referJobSeeker(input: { jobSeekerId: $j, offerId: $o, professionalObjective: \"Aide-soignant\" }) { errors { code } } }",
            new { j = WorkflowWorld.Id("JobSeeker", person), o = WorkflowWorld.Id("Offer", offer) });
        Assert.Equal(ErrorCodes.NotEligible, First(refused).Code);
        var groups = (await QueryAsync(Tokens.Forem, "query($j: ID!) { jobSeeker(id: $j) { pathway { targetGroups } } }", new { j = WorkflowWorld.Id("JobSeeker", person) }))["jobSeeker"]!["pathway"]!["targetGroups"]!;
        Assert.DoesNotContain("YOUTH_UNDER_25", groups.AsArray().Select(g => g!.GetValue<string>()));
    }

    [Fact]
    public async Task A_niss_in_a_recurring_difficulty_or_a_dispute_never_reaches_the_commission()
    {
        var niss = DemoJobSeekers.NissOf(new DateOnly(1985, 6, 15), 225);
        var written = $"{niss[..2]}.{niss[2..4]}.{niss[4..6]}-{niss[6..9]}.{niss[9..]}";
        var difficulty = await MutateAsync(Tokens.Isp, "mutation($t: String!) { reportRecurringDifficulty(input: { title: $t, description: \"Absences répétées\" }) { errors { code field } } }", new { t = "Dossier " + written });
        Assert.Equal((ErrorCodes.Validation, "input.title"), First(difficulty));

        var office = WorkflowWorld.Id(OrganisationNode.TypeName, await world.OrganisationIdAsync(DemoOrganisations.Office));
        var dispute = await MutateAsync(Tokens.Isp, "mutation($o: ID!, $d: String!) { fileDispute(input: { respondentOrganisationId: $o, subject: \"Adressages\", description: $d }) { errors { code field } } }", new { o = office, d = "Le dossier " + niss + " n'a jamais été adressé." });
        Assert.Equal((ErrorCodes.Validation, "input.description"), First(dispute));
        Assert.False(await world.WithDbAsync(db => db.OutboxEvents.AnyAsync(e => e.Payload != null && e.Payload.Contains(niss))));
    }

    [Fact]
    public async Task A_competing_operator_cannot_complain_about_another_and_no_one_about_an_operator_that_never_served_the_person()
    {
        var person = await world.JobSeekerAsync();
        // The competing operator reaches the person through its own referral.
        await world.ReferralAsync(await world.OfferAsync(DemoOrganisations.IspNoClause), ReferralStatus.Sent, person);
        var target = WorkflowWorld.Id(OrganisationNode.TypeName, await world.OrganisationIdAsync(DemoOrganisations.IspWithClause));
        const string File = "mutation($j: ID!, $o: ID!) { fileComplaint(input: { jobSeekerId: $j, respondentOrganisationId: $o, engagementCode: \"OPERATOR_14_5\", description: \"Jamais informé du résultat\" }) { complaint { id } errors { code field } } }";

        var byCompetitor = await MutateAsync(Tokens.IspNoClause, File, new { j = WorkflowWorld.Id("JobSeeker", person), o = target });
        Assert.Equal(ErrorCodes.Forbidden, First(byCompetitor).Code);

        // The Office itself cannot file it while the operator complained about never had a referral of the person.
        var neverServed = await MutateAsync(Tokens.Forem, File, new { j = WorkflowWorld.Id("JobSeeker", person), o = target });
        Assert.Equal((ErrorCodes.Validation, "input.respondentOrganisationId"), First(neverServed));
        Assert.False(await world.WithDbAsync(db => db.Complaints.AnyAsync(c => c.JobSeekerId == person)));

        // Once the operator served the person (a referral of theirs, here refused), the Office records it.
        await world.ReferralAsync(await world.OfferAsync(), ReferralStatus.Refused, person);
        Assert.Empty((await MutateAsync(Tokens.Forem, File, new { j = WorkflowWorld.Id("JobSeeker", person), o = target }))["errors"]!.AsArray());
    }

    private async Task<JsonNode> MutateAsync(string client, string document, object variables)
    {
        var data = (await WorkflowWorld.PostAsync(http, await Tokens.GetAsync(http, client), document, variables)).EnsureNoErrors().Data!.AsObject();
        return data.Single().Value!;
    }

    private async Task<JsonNode> QueryAsync(string client, string document, object variables) =>
        (await WorkflowWorld.PostAsync(http, await Tokens.GetAsync(http, client), document, variables)).EnsureNoErrors().Data!;

    private static (string Code, string? Field) First(JsonNode payload)
    {
        var error = payload["errors"]!.AsArray().FirstOrDefault();
        Assert.True(error is not null, "Expected a refusal: " + payload.ToJsonString());
        return (error["code"]!.GetValue<string>(), error["field"]?.GetValue<string>());
    }

    private static string Referral(long key) => WorkflowWorld.Id(Partners.Api.Referrals.ReferralNode.TypeName, key);

    /// <summary>A NISS with the check digits of a birth before 2000 (no "2" prefix), whatever the birth year.</summary>
    private static string PlainCheck(DateOnly birth, int serial)
    {
        var nine = birth.ToString("yyMMdd", CultureInfo.InvariantCulture) + serial.ToString("D3", CultureInfo.InvariantCulture);
        return nine + (97 - long.Parse(nine, CultureInfo.InvariantCulture) % 97).ToString("D2", CultureInfo.InvariantCulture);
    }
}
