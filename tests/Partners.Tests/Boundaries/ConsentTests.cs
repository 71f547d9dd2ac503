using Microsoft.EntityFrameworkCore;
using Partners.Api.Seed;
using Partners.Domain.Boundaries;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Boundaries;

/// <summary>Consents through /graphql: who records and withdraws them, and that withdrawal and expiry stop the very next read.</summary>
public sealed class ConsentTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string Grant = """
        mutation G($input: GrantConsentInput!) { grantConsent(input: $input) { consent { id active categories } errors { code field } } }
        """;

    private const string Withdraw = """
        mutation W($id: ID!) { withdrawConsent(input: { consentId: $id }) { consent { id active } errors { code field } } }
        """;

    private readonly BoundaryWorld world = new(factory);

    /// <summary>
    /// The Assises' case (seed 001, "secret partagé"), with real tokens: the person's CPAS records her consent for SOCIAL
    /// to the ISP operator, the operator reads it, the CPAS withdraws it, the next read is CONSENT_REQUIRED, and the
    /// access log shows the read under the consent's id, whose purpose is the one recorded.
    /// </summary>
    [Fact]
    public async Task The_cpas_shares_social_data_with_the_isp_operator_under_consent_until_it_withdraws_it()
    {
        var person = await world.PersonAsync(DemoOrganisations.CpasLiege, referredToIsp: true);
        var cpas = await world.TokenAsync(Tokens.CpasLiege);
        var isp = await world.TokenAsync(Tokens.Isp);
        Assert.Equal("CONSENT_REQUIRED", BoundaryWorld.ErrorsByPath(await world.ReadAsync(isp, person))["jobSeeker.social"]);

        var granted = await GrantAsync(cpas, person, DemoOrganisations.IspWithClause, ["SOCIAL"], "Orientation vers une formation qualifiante");
        Assert.Empty(granted["errors"]!.AsArray());
        var consentId = granted["consent"]!["id"]!.GetValue<string>();

        var read = await world.ReadAsync(isp, person, "query Suivi($id: ID!) { jobSeeker(id: $id) { social { followedByCpas receivesIntegrationIncome } } }", "Suivi");
        Assert.True(read.EnsureNoErrors().Data!["jobSeeker"]!["social"]!["receivesIntegrationIncome"]!.GetValue<bool>());

        var withdrawn = (await world.Client.PostGraphQLAsync(Withdraw, new { id = consentId }, cpas)).EnsureNoErrors().Data!["withdrawConsent"]!;
        Assert.Empty(withdrawn["errors"]!.AsArray());
        Assert.False(withdrawn["consent"]!["active"]!.GetValue<bool>());

        var after = await world.ReadAsync(isp, person);
        Assert.Null(after.Data!["jobSeeker"]!["social"]);
        Assert.Equal("CONSENT_REQUIRED", BoundaryWorld.ErrorsByPath(after)["jobSeeker.social"]);
        Assert.NotNull(after.Data!["jobSeeker"]!["identity"]);

        const string log = """
            query Who($id: ID!) {
              accessLog(jobSeekerId: $id, first: 100) { nodes { organisation { name } operation category basis basisReference } }
              jobSeeker(id: $id) { consents { nodes { id purpose recordedBy { name } } } }
            }
            """;
        var audit = (await world.Client.PostGraphQLAsync(log, new { id = WorkflowWorld.Id("JobSeeker", person) }, await world.TokenAsync(Tokens.Forem))).EnsureNoErrors().Data!;
        var social = Assert.Single(audit["accessLog"]!["nodes"]!.AsArray(), n => n!["category"]!.GetValue<string>() == "SOCIAL")!;
        Assert.Equal((DemoOrganisations.IspWithClause, "Suivi", "CONSENT", consentId),
            (social["organisation"]!["name"]!.GetValue<string>(), social["operation"]!.GetValue<string>(), social["basis"]!.GetValue<string>(), social["basisReference"]!.GetValue<string>()));
        var consent = Assert.Single(audit["jobSeeker"]!["consents"]!["nodes"]!.AsArray(), c => c!["id"]!.GetValue<string>() == consentId)!;
        Assert.Equal(("Orientation vers une formation qualifiante", DemoOrganisations.CpasLiege), (consent["purpose"]!.GetValue<string>(), consent["recordedBy"]!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_office_social_service_records_a_health_consent_that_opens_health_to_the_operator()
    {
        var person = await world.PersonAsync(DemoOrganisations.CpasLiege, referredToIsp: true);
        await world.Workflow.WithDbAsync(db => db.JobSeekers.Where(j => j.Id == person).ExecuteUpdateAsync(s => s.SetProperty(j => j.Health.IcfSummary, "b130")));
        var granted = await GrantAsync(await world.TokenAsync(Tokens.ForemSocial), person, DemoOrganisations.IspWithClause, ["HEALTH", "PATHWAY"]);
        Assert.Empty(granted["errors"]!.AsArray());

        var read = await world.ReadAsync(await world.TokenAsync(Tokens.Isp), person, "query ($id: ID!) { jobSeeker(id: $id) { health { icfSummary } } }");
        Assert.Equal("b130", read.EnsureNoErrors().Data!["jobSeeker"]!["health"]!["icfSummary"]!.GetValue<string>());
    }

    public static TheoryData<string, string, string[], string> Refusals => new()
    {
        // The Commission never receives a person's data, whoever records.
        { Tokens.Forem, DemoOrganisations.Commission, ["IDENTITY"], "input.recipientOrganisationId" },
        { Tokens.CpasLiege, DemoOrganisations.Commission, ["SOCIAL"], "input.recipientOrganisationId" },
        // The holder itself: the Office for IDENTITY and HEALTH, the person's own CPAS for SOCIAL.
        { Tokens.Forem, DemoOrganisations.Office, ["PATHWAY"], "input.recipientOrganisationId" },
        { Tokens.ForemSocial, DemoOrganisations.Office, ["HEALTH"], "input.recipientOrganisationId" },
        { Tokens.CpasLiege, DemoOrganisations.CpasLiege, ["SOCIAL"], "input.recipientOrganisationId" },
        // A category the recorder does not hold.
        { Tokens.Forem, DemoOrganisations.IspWithClause, ["SOCIAL"], "input.categories" },
        { Tokens.Forem, DemoOrganisations.IspWithClause, ["HEALTH"], "input.categories" },
        { Tokens.CpasLiege, DemoOrganisations.IspWithClause, ["HEALTH"], "input.categories" },
        { Tokens.CpasLiege, DemoOrganisations.IspWithClause, ["IDENTITY", "SOCIAL"], "input.categories" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_consent_its_recorder_may_not_give_is_refused_on_its_field_and_nothing_is_written(string recorder, string recipient, string[] categories, string field)
    {
        var person = await world.PersonAsync(DemoOrganisations.CpasLiege);

        var refused = await GrantAsync(await world.TokenAsync(recorder), person, recipient, categories);

        Assert.Null(refused["consent"]);
        var error = Assert.Single(refused["errors"]!.AsArray())!;
        Assert.Equal(("VALIDATION", field), (error["code"]!.GetValue<string>(), error["field"]!.GetValue<string>()));
        Assert.Equal(0, await ConsentCountAsync(person));
    }

    [Fact]
    public async Task Only_a_holder_of_its_categories_withdraws_a_consent()
    {
        var person = await world.PersonAsync(DemoOrganisations.CpasLiege);
        var granted = await GrantAsync(await world.TokenAsync(Tokens.CpasLiege), person, DemoOrganisations.IspWithClause, ["SOCIAL"]);
        var id = granted["consent"]!["id"]!.GetValue<string>();

        var byOffice = (await world.Client.PostGraphQLAsync(Withdraw, new { id }, await world.TokenAsync(Tokens.Forem))).EnsureNoErrors().Data!["withdrawConsent"]!;
        Assert.Equal(("VALIDATION", "input.consentId"), (byOffice["errors"]![0]!["code"]!.GetValue<string>(), byOffice["errors"]![0]!["field"]!.GetValue<string>()));
        Assert.Null(await world.Workflow.WithDbAsync(db => db.Consents.Where(c => c.Id == GlobalKey(id)).Select(c => c.WithdrawnAt).SingleAsync()));

        var pathway = await GrantAsync(await world.TokenAsync(Tokens.Forem), person, DemoOrganisations.IspWithClause, ["PATHWAY"]);
        var byCpas = (await world.Client.PostGraphQLAsync(Withdraw, new { id = pathway["consent"]!["id"]!.GetValue<string>() }, await world.TokenAsync(Tokens.CpasLiege))).EnsureNoErrors().Data!["withdrawConsent"]!;
        Assert.Equal("VALIDATION", byCpas["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_consent_expired_yesterday_no_longer_opens_its_category_but_one_ending_today_still_does()
    {
        var person = await world.PersonAsync(DemoOrganisations.CpasCharleroi);
        await world.ConsentAsync(person, DemoOrganisations.CpasLiege, DataCategory.Identity);
        var social = await world.ConsentAsync(person, DemoOrganisations.CpasLiege, DataCategory.Social);
        var reader = await world.TokenAsync(Tokens.CpasLiege);

        await ExpireAsync(social, DateOnly.FromDateTime(DateTime.UtcNow));
        Assert.NotNull((await world.ReadAsync(reader, person)).Data!["jobSeeker"]!["social"]);

        await ExpireAsync(social, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1));
        var after = await world.ReadAsync(reader, person);
        Assert.Null(after.Data!["jobSeeker"]!["social"]);
        Assert.Equal("CONSENT_REQUIRED", BoundaryWorld.ErrorsByPath(after)["jobSeeker.social"]);
    }

    [Fact]
    public async Task The_persons_own_cpas_records_and_withdraws_a_consent_but_another_cpas_finds_nothing()
    {
        var cpas = await world.TokenAsync(Tokens.CpasLiege);
        var own = await world.PersonAsync(DemoOrganisations.CpasLiege);
        var granted = await GrantAsync(cpas, own, DemoOrganisations.IspWithClause, ["SOCIAL"]);
        Assert.Empty(granted["errors"]!.AsArray());
        Assert.Equal(["SOCIAL"], granted["consent"]!["categories"]!.AsArray().Select(c => c!.GetValue<string>()));

        var other = await world.PersonAsync(DemoOrganisations.CpasCharleroi);
        var refused = await GrantAsync(cpas, other, DemoOrganisations.IspWithClause, ["SOCIAL"]);
        Assert.Equal("NOT_FOUND", refused["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("input.jobSeekerId", refused["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(0, await ConsentCountAsync(other));

        var othersConsent = await world.ConsentAsync(other, DemoOrganisations.IspWithClause, DataCategory.Social);
        var withdrawal = (await world.Client.PostGraphQLAsync(Withdraw, new { id = WorkflowWorld.Id("Consent", othersConsent) }, cpas)).EnsureNoErrors().Data!["withdrawConsent"]!;
        Assert.Equal("NOT_FOUND", withdrawal["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(await world.Workflow.WithDbAsync(db => db.Consents.Where(c => c.Id == othersConsent).Select(c => c.WithdrawnAt).SingleAsync()));

        var ownWithdrawal = (await world.Client.PostGraphQLAsync(Withdraw, new { id = granted["consent"]!["id"]!.GetValue<string>() }, cpas)).EnsureNoErrors().Data!["withdrawConsent"]!;
        Assert.Empty(ownWithdrawal["errors"]!.AsArray());
    }

    [Fact]
    public async Task An_operator_or_the_commission_cannot_record_a_consent()
    {
        var person = await world.PersonAsync(referredToIsp: true);
        foreach (var client in new[] { Tokens.Isp, Tokens.Commission })
        {
            var response = await world.Client.PostGraphQLAsync(Grant, Input(person, await RecipientAsync(DemoOrganisations.IspWithClause), ["IDENTITY"]), await world.TokenAsync(client));
            Assert.Contains("FORBIDDEN", response.ErrorCodes);
        }

        Assert.Equal(0, await ConsentCountAsync(person));
    }

    [Fact]
    public async Task An_invalid_consent_is_refused_field_by_field_and_nothing_is_written()
    {
        var person = await world.PersonAsync();
        var office = await world.TokenAsync(Tokens.Forem);
        var recipient = await RecipientAsync(DemoOrganisations.IspWithClause);
        var invalid = new { input = new { jobSeekerId = WorkflowWorld.Id("JobSeeker", person), recipientOrganisationId = recipient, categories = Array.Empty<string>(), purpose = " ", evidenceReference = " ", expiresOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd") } };
        var errors = (await world.Client.PostGraphQLAsync(Grant, invalid, office)).EnsureNoErrors().Data!["grantConsent"]!["errors"]!.AsArray();
        Assert.Equal(
            ["input.categories", "input.evidenceReference", "input.expiresOn", "input.purpose"],
            errors.Select(e => e!["field"]!.GetValue<string>()).Order());
        Assert.All(errors, e => Assert.Equal("VALIDATION", e!["code"]!.GetValue<string>()));

        // A text longer than the input type declares is refused before anything else is looked at.
        var tooLong = new { input = new { jobSeekerId = WorkflowWorld.Id("JobSeeker", person), recipientOrganisationId = recipient, categories = new[] { "IDENTITY" }, purpose = "Suivi", evidenceReference = new string('x', 501) } };
        var tooLongErrors = (await world.Client.PostGraphQLAsync(Grant, tooLong, office)).EnsureNoErrors().Data!["grantConsent"]!["errors"]!.AsArray();
        Assert.Equal(("VALIDATION", "input.evidenceReference"), (tooLongErrors.Single()!["code"]!.GetValue<string>(), tooLongErrors.Single()!["field"]!.GetValue<string>()));

        var unknownRecipient = await world.Client.PostGraphQLAsync(Grant, Input(person, WorkflowWorld.Id("Organisation", 999_999), ["IDENTITY"]), office);
        var error = unknownRecipient.EnsureNoErrors().Data!["grantConsent"]!["errors"]![0]!;
        Assert.Equal(("NOT_FOUND", "input.recipientOrganisationId"), (error["code"]!.GetValue<string>(), error["field"]!.GetValue<string>()));
        Assert.Equal(0, await ConsentCountAsync(person));
    }

    private async Task<System.Text.Json.Nodes.JsonNode> GrantAsync(string token, long person, string recipientName, string[] categories, string purpose = "Accompagnement") =>
        (await world.Client.PostGraphQLAsync(Grant, Input(person, await RecipientAsync(recipientName), categories, purpose), token)).EnsureNoErrors().Data!["grantConsent"]!;

    private static object Input(long person, string recipient, string[] categories, string purpose = "Accompagnement") => new
    {
        input = new { jobSeekerId = WorkflowWorld.Id("JobSeeker", person), recipientOrganisationId = recipient, categories, purpose, evidenceReference = "Formulaire 7" },
    };

    private static long GlobalKey(string id) => Partners.Api.GraphQL.Relay.GlobalId.KeyOf(id, "Consent")!.Value;

    private async Task<string> RecipientAsync(string name) => WorkflowWorld.Id("Organisation", await world.Workflow.OrganisationIdAsync(name));

    private Task<int> ConsentCountAsync(long person) => world.Workflow.WithDbAsync(db => db.Consents.CountAsync(c => c.JobSeekerId == person));

    private Task ExpireAsync(long consentId, DateOnly on) => world.Workflow.WithDbAsync(db =>
        db.Consents.Where(c => c.Id == consentId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresOn, on)));
}
