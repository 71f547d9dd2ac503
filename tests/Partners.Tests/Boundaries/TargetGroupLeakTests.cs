using Microsoft.EntityFrameworkCore;
using Partners.Api.Seed;
using Partners.Domain.Boundaries;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Boundaries;

/// <summary>
/// No leak through another category (domain.md): each target group carries its category; a person's SOCIAL or
/// HEALTH group shows in pathway.targetGroups only to who may read that category (and is then logged as such a
/// read), and an eligibility refusal says NOT_ELIGIBLE without naming the fact.
/// </summary>
public sealed class TargetGroupLeakTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string Groups = "query Groups($id: ID!) { jobSeeker(id: $id) { pathway { targetGroups } } }";

    private readonly BoundaryWorld world = new(factory);

    [Fact]
    public async Task Each_target_group_carries_its_category()
    {
        var groups = (await world.Client.PostGraphQLAsync("{ targetGroups { code category } }", null, await world.TokenAsync(Tokens.Isp))).EnsureNoErrors()
            .Data!["targetGroups"]!.AsArray().ToDictionary(g => g!["code"]!.GetValue<string>(), g => g!["category"]!.GetValue<string>());

        Assert.Equal("SOCIAL", groups["INTEGRATION_INCOME"]);
        Assert.Equal("SOCIAL", groups["SOCIAL_AID"]);
        Assert.Equal("SOCIAL", groups["ARTICLE_60"]);
        Assert.Equal("HEALTH", groups["DISABILITY"]);
        Assert.Equal("PATHWAY", groups["YOUTH_UNDER_25"]);
    }

    [Theory]
    [InlineData(Tokens.Isp, new[] { "LOW_QUALIFIED" })]
    [InlineData(Tokens.Forem, new[] { "LOW_QUALIFIED" })]
    [InlineData(Tokens.ForemSocial, new[] { "LOW_QUALIFIED", "DISABILITY" })]
    [InlineData(Tokens.CpasLiege, new[] { "LOW_QUALIFIED", "INTEGRATION_INCOME" })]
    public async Task Pathway_lists_only_the_groups_whose_category_the_reader_may_read(string reader, string[] expected)
    {
        // A stored PATHWAY group (under 25 would follow the birth date, not a label).
        var person = await world.Workflow.JobSeekerAsync(DemoOrganisations.CpasLiege, "LOW_QUALIFIED", "INTEGRATION_INCOME", "DISABILITY");
        await world.Workflow.ReferralAsync(await world.Workflow.OfferAsync(), jobSeekerId: person);

        var response = (await world.ReadAsync(await world.TokenAsync(reader), person, Groups)).EnsureNoErrors();

        Assert.Equal(expected, response.Data!["jobSeeker"]!["pathway"]!["targetGroups"]!.AsArray().Select(g => g!.GetValue<string>()));
    }

    [Fact]
    public async Task A_social_group_shown_under_consent_is_logged_as_a_social_read_on_that_consent()
    {
        var person = await world.Workflow.JobSeekerAsync(DemoOrganisations.CpasLiege, "INTEGRATION_INCOME");
        await world.Workflow.ReferralAsync(await world.Workflow.OfferAsync(), jobSeekerId: person);
        var isp = await world.TokenAsync(Tokens.Isp);
        Assert.Empty((await world.ReadAsync(isp, person, Groups)).EnsureNoErrors().Data!["jobSeeker"]!["pathway"]!["targetGroups"]!.AsArray());
        Assert.False(await LoggedAsync(person, DataCategory.Social));

        var consent = await world.ConsentAsync(person, DemoOrganisations.IspWithClause, DataCategory.Social);
        var shown = (await world.ReadAsync(isp, person, Groups)).EnsureNoErrors();

        Assert.Equal(["INTEGRATION_INCOME"], shown.Data!["jobSeeker"]!["pathway"]!["targetGroups"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.Equal((LegalBasis.Consent, (long?)consent), await world.Workflow.WithDbAsync(db => db.AccessLog
            .Where(e => e.JobSeekerId == person && e.Category == DataCategory.Social).Select(e => ValueTuple.Create(e.Basis, e.BasisReference)).SingleAsync()));
    }

    [Fact]
    public async Task An_eligibility_refusal_on_a_social_group_says_not_eligible_without_naming_the_fact()
    {
        var offer = await world.Workflow.OfferAsync(targetGroups: "INTEGRATION_INCOME");
        var person = await world.Workflow.JobSeekerAsync();
        const string refer = "mutation($j: ID!, $o: ID!) { referJobSeeker(input: { jobSeekerId: $j, offerId: $o, professionalObjective: \"Aide-soignant\" }) { referral { id } errors { code message field } } }";

        var payload = (await world.Client.PostGraphQLAsync(refer, new { j = WorkflowWorld.Id("JobSeeker", person), o = WorkflowWorld.Id("Offer", offer) }, await world.TokenAsync(Tokens.Forem)))
            .EnsureNoErrors().Data!["referJobSeeker"]!;

        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("NOT_ELIGIBLE", error["code"]!.GetValue<string>());
        var message = error["message"]!.GetValue<string>();
        Assert.DoesNotContain("intégration", message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("public", message, StringComparison.OrdinalIgnoreCase);
    }

    private Task<bool> LoggedAsync(long person, DataCategory category) =>
        world.Workflow.WithDbAsync(db => db.AccessLog.AnyAsync(e => e.JobSeekerId == person && e.Category == category));
}
