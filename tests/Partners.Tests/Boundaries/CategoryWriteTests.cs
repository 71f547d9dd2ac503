using Microsoft.EntityFrameworkCore;
using Partners.Api.Seed;
using Partners.Domain.Boundaries;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Boundaries;

/// <summary>
/// The holders write their category: the person's own CPAS its SOCIAL follow-up (updateSocialFollowUp), the Office's
/// social service the HEALTH facts with seed 003's durations (recordHealthStatus). Everyone else is refused and
/// nothing is written; HEALTH is logged only where HEALTH data was returned.
/// </summary>
public sealed class CategoryWriteTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string Social = """
        mutation S($input: UpdateSocialFollowUpInput!) {
          updateSocialFollowUp(input: $input) { jobSeeker { social { receivesSocialAid employedUnderArticle60 } pathway { targetGroups } } errors { code field } }
        }
        """;

    private const string Health = """
        mutation H($input: RecordHealthStatusInput!) {
          recordHealthStatus(input: $input) {
            jobSeeker { health { specificPathwayEndsOn nonMobilisableUntil nonMobilisableReviewedOn nonMobilisableReviewDueOn nonMobilisableReviewOverdue icfSummary } }
            errors { code field }
          }
        }
        """;

    private readonly BoundaryWorld world = new(factory);

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task The_persons_own_cpas_writes_the_social_follow_up_and_the_social_groups_follow_it()
    {
        var person = await world.PersonAsync(DemoOrganisations.CpasLiege);

        var payload = await SocialAsync(Tokens.CpasLiege, person, new { receivesSocialAid = true, employedUnderArticle60 = true });

        Assert.Empty(payload["errors"]!.AsArray());
        Assert.True(payload["jobSeeker"]!["social"]!["receivesSocialAid"]!.GetValue<bool>());
        Assert.Equal(["INTEGRATION_INCOME", "SOCIAL_AID", "ARTICLE_60"], payload["jobSeeker"]!["pathway"]!["targetGroups"]!.AsArray().Select(g => g!.GetValue<string>()));

        var cleared = await SocialAsync(Tokens.CpasLiege, person, new { employedUnderArticle60 = false });
        Assert.Equal(["INTEGRATION_INCOME", "SOCIAL_AID"], cleared["jobSeeker"]!["pathway"]!["targetGroups"]!.AsArray().Select(g => g!.GetValue<string>()));
        var office = (await world.ReadAsync(await world.TokenAsync(Tokens.Forem), person, "query ($id: ID!) { jobSeeker(id: $id) { pathway { targetGroups } } }")).EnsureNoErrors();
        Assert.Empty(office.Data!["jobSeeker"]!["pathway"]!["targetGroups"]!.AsArray());
    }

    [Fact]
    public async Task Another_cpas_even_under_consent_and_the_office_may_not_write_social_data()
    {
        var person = await world.PersonAsync(DemoOrganisations.CpasCharleroi);
        await world.ConsentAsync(person, DemoOrganisations.CpasLiege, DataCategory.Social);

        var otherCpas = await SocialAsync(Tokens.CpasLiege, person, new { receivesSocialAid = true });
        Assert.Equal(("FORBIDDEN", "input.jobSeekerId"), (otherCpas["errors"]![0]!["code"]!.GetValue<string>(), otherCpas["errors"]![0]!["field"]!.GetValue<string>()));
        var unreached = await SocialAsync(Tokens.CpasLiege, await world.PersonAsync(DemoOrganisations.CpasCharleroi), new { receivesSocialAid = true });
        Assert.Equal("NOT_FOUND", unreached["errors"]![0]!["code"]!.GetValue<string>());
        var office = await world.Client.PostGraphQLAsync(Social, new { input = new { jobSeekerId = Id(person), receivesSocialAid = true } }, await world.TokenAsync(Tokens.Forem));
        Assert.Equal(["FORBIDDEN"], office.ErrorCodes);

        Assert.False(await world.Workflow.WithDbAsync(db => db.JobSeekers.Where(j => j.Id == person).Select(j => j.Social.ReceivesSocialAid).SingleAsync()));
    }

    [Fact]
    public async Task The_social_service_records_health_within_the_durations_of_the_reform()
    {
        var person = await world.PersonAsync();
        var start = Today.AddMonths(-1);

        var payload = await HealthAsync(Tokens.ForemSocial, person, new
        {
            specificPathwayStartsOn = start, specificPathwayEndsOn = start.AddMonths(39), nonMobilisableFrom = start, nonMobilisableUntil = start.AddMonths(24),
            reviewedOn = Today.AddMonths(-12), icfSummary = "d240 gérer le stress",
        });

        Assert.Empty(payload["errors"]!.AsArray());
        var health = payload["jobSeeker"]!["health"]!;
        Assert.Equal(Iso(start.AddMonths(39)), health["specificPathwayEndsOn"]!.GetValue<string>());
        Assert.Equal(Iso(Today), health["nonMobilisableReviewDueOn"]!.GetValue<string>());
        Assert.False(health["nonMobilisableReviewOverdue"]!.GetValue<bool>());

        await world.Workflow.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"JobSeekers\" SET \"Health_NonMobilisableReviewedOn\" = {0} WHERE \"Id\" = {1}", Iso(Today.AddMonths(-13)), person));
        var overdue = await world.ReadAsync(await world.TokenAsync(Tokens.ForemSocial), person, "query ($id: ID!) { jobSeeker(id: $id) { health { nonMobilisableReviewOverdue } } }");
        Assert.True(overdue.EnsureNoErrors().Data!["jobSeeker"]!["health"]!["nonMobilisableReviewOverdue"]!.GetValue<bool>());
    }

    public static TheoryData<string, string> Outside => new()
    {
        { """{ "specificPathwayStartsOn": "2026-01-01", "specificPathwayEndsOn": "2029-04-02" }""", "input.specificPathwayEndsOn" },
        { """{ "specificPathwayStartsOn": "2026-01-01" }""", "input.specificPathwayEndsOn" },
        { """{ "nonMobilisableFrom": "2026-01-01", "nonMobilisableUntil": "2028-01-02", "reviewedOn": "TODAY" }""", "input.nonMobilisableUntil" },
        { """{ "nonMobilisableFrom": "2026-01-01", "nonMobilisableUntil": "2027-01-01" }""", "input.reviewedOn" },
        { """{ "nonMobilisableFrom": "2026-01-01", "nonMobilisableUntil": "2027-01-01", "reviewedOn": "YEAR_AGO" }""", "input.reviewedOn" },
        { """{ "nonMobilisableFrom": "2026-01-01", "nonMobilisableUntil": "2027-01-01", "reviewedOn": "TOMORROW" }""", "input.reviewedOn" },
    };

    [Theory]
    [MemberData(nameof(Outside))]
    public async Task A_duration_or_review_outside_the_reform_is_refused_on_its_field_and_nothing_is_written(string fields, string field)
    {
        var person = await world.PersonAsync();
        var input = System.Text.Json.Nodes.JsonNode.Parse(fields
            .Replace("TODAY", Iso(Today), StringComparison.Ordinal)
            .Replace("YEAR_AGO", Iso(Today.AddMonths(-12).AddDays(-1)), StringComparison.Ordinal)
            .Replace("TOMORROW", Iso(Today.AddDays(1)), StringComparison.Ordinal))!.AsObject();
        input["jobSeekerId"] = Id(person);
        input["icfSummary"] = "b130";

        var payload = (await world.Client.PostGraphQLAsync(Health, new { input }, await world.TokenAsync(Tokens.ForemSocial))).EnsureNoErrors().Data!["recordHealthStatus"]!;

        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal(("VALIDATION", field), (error["code"]!.GetValue<string>(), error["field"]!.GetValue<string>()));
        Assert.Null(await world.Workflow.WithDbAsync(db => db.JobSeekers.Where(j => j.Id == person).Select(j => j.Health.IcfSummary).SingleAsync()));
    }

    [Fact]
    public async Task An_office_client_that_is_not_the_social_service_and_a_cpas_may_not_write_health()
    {
        var person = await world.PersonAsync(DemoOrganisations.CpasLiege);

        var office = await HealthAsync(Tokens.Forem, person, new { icfSummary = "b130" });
        Assert.Equal("FORBIDDEN", office["errors"]![0]!["code"]!.GetValue<string>());
        var cpas = await world.Client.PostGraphQLAsync(Health, new { input = new { jobSeekerId = Id(person), icfSummary = "b130" } }, await world.TokenAsync(Tokens.CpasLiege));
        Assert.Equal(["FORBIDDEN"], cpas.ErrorCodes);

        Assert.Null(await world.Workflow.WithDbAsync(db => db.JobSeekers.Where(j => j.Id == person).Select(j => j.Health.IcfSummary).SingleAsync()));
    }

    [Fact]
    public async Task An_anonymised_person_takes_no_new_social_or_health_data()
    {
        var person = await world.PersonAsync(DemoOrganisations.CpasLiege);
        await world.Workflow.WithDbAsync(async db =>
        {
            var stored = await db.JobSeekers.SingleAsync(j => j.Id == person);
            var cpas = stored.Social.CpasOrganisationId;
            stored.Anonymise(DateTime.UtcNow);
            // Still linked to her CPAS after the erasure, so that only the anonymisation stands in the way.
            stored.Social.CpasOrganisationId = cpas;
            return await db.SaveChangesAsync();
        });

        Assert.Equal("NOT_FOUND", (await HealthAsync(Tokens.ForemSocial, person, new { icfSummary = "b130" }))["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", (await SocialAsync(Tokens.CpasLiege, person, new { receivesSocialAid = true }))["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal((null, false), await world.Workflow.WithDbAsync(db => db.JobSeekers.Where(j => j.Id == person)
            .Select(j => ValueTuple.Create(j.Health.IcfSummary, j.Social.ReceivesSocialAid)).SingleAsync()));
    }

    [Fact]
    public async Task Health_is_logged_only_where_health_data_was_returned()
    {
        var person = await world.PersonAsync();
        var social = await world.TokenAsync(Tokens.ForemSocial);
        const string read = "query ($id: ID!) { jobSeeker(id: $id) { health { icfSummary } } }";

        Assert.NotNull((await world.ReadAsync(social, person, read)).EnsureNoErrors().Data!["jobSeeker"]!["health"]);
        Assert.False(await HealthLoggedAsync(person));

        Assert.Empty((await HealthAsync(Tokens.ForemSocial, person, new { icfSummary = "b130" }))["errors"]!.AsArray());
        await world.ReadAsync(social, person, read);
        Assert.True(await HealthLoggedAsync(person));
    }

    private async Task<System.Text.Json.Nodes.JsonNode> SocialAsync(string client, long person, object fields) =>
        (await world.Client.PostGraphQLAsync(Social, new { input = Merge(person, fields) }, await world.TokenAsync(client))).EnsureNoErrors().Data!["updateSocialFollowUp"]!;

    private async Task<System.Text.Json.Nodes.JsonNode> HealthAsync(string client, long person, object fields) =>
        (await world.Client.PostGraphQLAsync(Health, new { input = Merge(person, fields) }, await world.TokenAsync(client))).EnsureNoErrors().Data!["recordHealthStatus"]!;

    private static System.Text.Json.Nodes.JsonObject Merge(long person, object fields)
    {
        var input = System.Text.Json.JsonSerializer.SerializeToNode(fields)!.AsObject();
        input["jobSeekerId"] = Id(person);
        return input;
    }

    private Task<bool> HealthLoggedAsync(long person) =>
        world.Workflow.WithDbAsync(db => db.AccessLog.AnyAsync(e => e.JobSeekerId == person && e.Category == DataCategory.Health));

    private static string Id(long person) => WorkflowWorld.Id("JobSeeker", person);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
