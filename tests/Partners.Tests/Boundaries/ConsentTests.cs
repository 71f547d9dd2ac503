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

    [Fact]
    public async Task A_withdrawn_consent_stops_the_very_next_read()
    {
        var person = await world.PersonAsync(DemoOrganisations.CpasCharleroi);
        await world.ConsentAsync(person, DemoOrganisations.CpasLiege, DataCategory.Identity);
        var reader = await world.TokenAsync(Tokens.CpasLiege);
        Assert.Equal("CONSENT_REQUIRED", BoundaryWorld.ErrorsByPath(await world.ReadAsync(reader, person))["jobSeeker.social"]);

        var granted = await GrantAsync(await world.TokenAsync(Tokens.Forem), person, DemoOrganisations.CpasLiege, ["SOCIAL"]);
        Assert.Empty(granted["errors"]!.AsArray());
        Assert.True(granted["consent"]!["active"]!.GetValue<bool>());
        Assert.NotNull((await world.ReadAsync(reader, person)).Data!["jobSeeker"]!["social"]);

        var withdrawn = (await world.Client.PostGraphQLAsync(Withdraw, new { id = granted["consent"]!["id"]!.GetValue<string>() }, await world.TokenAsync(Tokens.Forem)))
            .EnsureNoErrors().Data!["withdrawConsent"]!;
        Assert.False(withdrawn["consent"]!["active"]!.GetValue<bool>());

        var after = await world.ReadAsync(reader, person);
        Assert.Null(after.Data!["jobSeeker"]!["social"]);
        Assert.Equal("CONSENT_REQUIRED", BoundaryWorld.ErrorsByPath(after)["jobSeeker.social"]);
        Assert.NotNull(after.Data!["jobSeeker"]!["identity"]);
    }

    [Fact]
    public async Task A_consent_opens_only_the_organisation_and_the_categories_it_names()
    {
        var person = await world.PersonAsync(DemoOrganisations.CpasCharleroi, referredToIsp: true);
        await world.ConsentAsync(person, DemoOrganisations.IspNoClause, DataCategory.Social, DataCategory.Health);
        await world.ConsentAsync(person, DemoOrganisations.CpasLiege, DataCategory.Pathway);

        var cpas = BoundaryWorld.ErrorsByPath(await world.ReadAsync(await world.TokenAsync(Tokens.CpasLiege), person));
        var isp = BoundaryWorld.ErrorsByPath(await world.ReadAsync(await world.TokenAsync(Tokens.Isp), person));

        Assert.Equal(new Dictionary<string, string?> { ["jobSeeker.identity"] = "CONSENT_REQUIRED", ["jobSeeker.social"] = "CONSENT_REQUIRED", ["jobSeeker.health"] = "FORBIDDEN" }, cpas);
        Assert.Equal(new Dictionary<string, string?> { ["jobSeeker.social"] = "FORBIDDEN", ["jobSeeker.health"] = "FORBIDDEN" }, isp);
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
        var granted = await GrantAsync(cpas, own, DemoOrganisations.IspWithClause, ["IDENTITY", "PATHWAY"]);
        Assert.Empty(granted["errors"]!.AsArray());
        Assert.Equal(["IDENTITY", "PATHWAY"], granted["consent"]!["categories"]!.AsArray().Select(c => c!.GetValue<string>()));

        var other = await world.PersonAsync(DemoOrganisations.CpasCharleroi);
        var refused = await GrantAsync(cpas, other, DemoOrganisations.IspWithClause, ["IDENTITY"]);
        Assert.Equal("NOT_FOUND", refused["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("input.jobSeekerId", refused["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(0, await ConsentCountAsync(other));

        var othersConsent = await world.ConsentAsync(other, DemoOrganisations.IspWithClause, DataCategory.Identity);
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

    private async Task<System.Text.Json.Nodes.JsonNode> GrantAsync(string token, long person, string recipientName, string[] categories) =>
        (await world.Client.PostGraphQLAsync(Grant, Input(person, await RecipientAsync(recipientName), categories), token)).EnsureNoErrors().Data!["grantConsent"]!;

    private static object Input(long person, string recipient, string[] categories) => new
    {
        input = new { jobSeekerId = WorkflowWorld.Id("JobSeeker", person), recipientOrganisationId = recipient, categories, purpose = "Accompagnement", evidenceReference = "Formulaire 7" },
    };

    private async Task<string> RecipientAsync(string name) => WorkflowWorld.Id("Organisation", await world.Workflow.OrganisationIdAsync(name));

    private Task<int> ConsentCountAsync(long person) => world.Workflow.WithDbAsync(db => db.Consents.CountAsync(c => c.JobSeekerId == person));

    private Task ExpireAsync(long consentId, DateOnly on) => world.Workflow.WithDbAsync(db =>
        db.Consents.Where(c => c.Id == consentId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresOn, on)));
}
