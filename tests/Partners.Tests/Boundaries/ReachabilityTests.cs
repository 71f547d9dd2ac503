using Microsoft.EntityFrameworkCore;
using Partners.Api.Seed;
using Partners.Domain.Boundaries;
using Partners.Domain.Referrals;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Boundaries;

/// <summary>A person the caller does not reach does not exist for it; filters on a category never reveal a hidden value.</summary>
public sealed class ReachabilityTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string List = """
        query List($where: JobSeekerFilter) { jobSeekers(first: 100, where: $where) { totalCount nodes { id } } }
        """;

    private const string Node = "query N($id: ID!) { node(id: $id) { id } }";

    private readonly BoundaryWorld world = new(factory);

    [Fact]
    public async Task A_person_the_operator_does_not_reach_is_found_nowhere_and_not_counted()
    {
        var token = await world.TokenAsync(Tokens.Isp);
        var before = await CountAsync(token);
        var stranger = await world.PersonAsync();
        var strangerId = WorkflowWorld.Id("JobSeeker", stranger);

        Assert.Null((await world.ReadAsync(token, stranger)).EnsureNoErrors().Data!["jobSeeker"]);
        Assert.Null((await world.Client.PostGraphQLAsync(Node, new { id = strangerId }, token)).EnsureNoErrors().Data!["node"]);
        var list = await ListAsync(token, null);
        Assert.Equal(before, list.Data!["jobSeekers"]!["totalCount"]!.GetValue<int>());
        Assert.DoesNotContain(strangerId, Ids(list));

        var referred = await world.PersonAsync(referredToIsp: true);
        var after = await ListAsync(token, null);
        Assert.Equal(before + 1, after.Data!["jobSeekers"]!["totalCount"]!.GetValue<int>());
        Assert.Contains(WorkflowWorld.Id("JobSeeker", referred), Ids(after));
        Assert.NotNull((await world.Client.PostGraphQLAsync(Node, new { id = WorkflowWorld.Id("JobSeeker", referred) }, token)).EnsureNoErrors().Data!["node"]);
    }

    [Fact]
    public async Task Filtering_on_integration_income_needs_the_social_scope()
    {
        var withoutSocial = await world.TokenAsync(Tokens.CpasLiege, "jobseeker:identity jobseeker:pathway");
        foreach (var token in new[] { withoutSocial, await world.TokenAsync(Tokens.Isp, "jobseeker:identity jobseeker:pathway") })
        {
            var response = await ListAsync(token, new { receivesIntegrationIncome = true });
            Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
            Assert.Equal("jobSeekers", response.Errors[0]!["path"]![0]!.GetValue<string>());
        }

        var response2 = await ListAsync(withoutSocial, new { employedUnderArticle60 = false });
        Assert.Equal(["FORBIDDEN"], response2.ErrorCodes);
    }

    [Fact]
    public async Task Filtering_on_integration_income_never_matches_people_whose_social_data_the_caller_cannot_read()
    {
        var token = await world.TokenAsync(Tokens.CpasLiege);
        var own = await world.PersonAsync(DemoOrganisations.CpasLiege);
        var identityOnly = await world.PersonAsync(DemoOrganisations.CpasCharleroi);
        await world.ConsentAsync(identityOnly, DemoOrganisations.CpasLiege, DataCategory.Identity);
        var socialShared = await world.PersonAsync(DemoOrganisations.CpasCharleroi);
        await world.ConsentAsync(socialShared, DemoOrganisations.CpasLiege, DataCategory.Social);

        var ids = Ids((await ListAsync(token, new { receivesIntegrationIncome = true })).EnsureNoErrors());

        Assert.Contains(WorkflowWorld.Id("JobSeeker", own), ids);
        Assert.Contains(WorkflowWorld.Id("JobSeeker", socialShared), ids);
        Assert.DoesNotContain(WorkflowWorld.Id("JobSeeker", identityOnly), ids);
        Assert.DoesNotContain(WorkflowWorld.Id("JobSeeker", identityOnly), Ids((await ListAsync(token, new { receivesIntegrationIncome = false })).EnsureNoErrors()));
    }

    [Fact]
    public async Task Filtering_on_the_niss_needs_the_identity_scope_and_matches_only_readable_identities()
    {
        var referred = await world.PersonAsync(referredToIsp: true);
        var pathwayOnly = await world.PersonAsync();
        await world.ConsentAsync(pathwayOnly, DemoOrganisations.IspWithClause, DataCategory.Pathway);
        var stranger = await world.PersonAsync();
        var token = await world.TokenAsync(Tokens.Isp);

        Assert.Equal([WorkflowWorld.Id("JobSeeker", referred)], Ids((await ListAsync(token, new { niss = await NissAsync(referred) })).EnsureNoErrors()));
        foreach (var hidden in new[] { pathwayOnly, stranger })
        {
            var response = (await ListAsync(token, new { niss = await NissAsync(hidden) })).EnsureNoErrors();
            Assert.Equal(0, response.Data!["jobSeekers"]!["totalCount"]!.GetValue<int>());
        }

        var withoutIdentity = await world.TokenAsync(Tokens.Isp, "jobseeker:pathway offers:read");
        Assert.Equal(["FORBIDDEN"], (await ListAsync(withoutIdentity, new { niss = await NissAsync(referred) })).ErrorCodes);
    }

    [Fact]
    public async Task A_referral_closed_longer_ago_than_the_retention_window_no_longer_opens_the_identity()
    {
        var token = await world.TokenAsync(Tokens.Isp);
        var offer = await world.Workflow.OfferAsync();
        var recent = await world.PersonAsync();
        var recentReferral = await world.Workflow.ReferralAsync(offer, ReferralStatus.Completed, recent);
        var old = await world.PersonAsync();
        var oldReferral = await world.Workflow.ReferralAsync(offer, ReferralStatus.Completed, old);
        var oldWithConsent = await world.PersonAsync();
        var oldWithConsentReferral = await world.Workflow.ReferralAsync(offer, ReferralStatus.Completed, oldWithConsent);
        await world.ConsentAsync(oldWithConsent, DemoOrganisations.IspWithClause, DataCategory.Pathway);
        var openOld = await world.PersonAsync();
        var openOldReferral = await world.Workflow.ReferralAsync(offer, ReferralStatus.InProgress, openOld);
        var retention = new BoundaryOptions().RetentionDays;
        await AgeAsync(recentReferral, retention - 1);
        await AgeAsync(oldReferral, retention + 1);
        await AgeAsync(oldWithConsentReferral, retention + 1);
        await AgeAsync(openOldReferral, retention + 100);

        Assert.NotNull((await world.ReadAsync(token, recent)).Data!["jobSeeker"]!["identity"]);
        Assert.NotNull((await world.ReadAsync(token, openOld)).Data!["jobSeeker"]!["identity"]);
        Assert.Null((await world.ReadAsync(token, old)).EnsureNoErrors().Data!["jobSeeker"]);
        var consented = await world.ReadAsync(token, oldWithConsent);
        Assert.Null(consented.Data!["jobSeeker"]!["identity"]);
        Assert.Equal("CONSENT_REQUIRED", BoundaryWorld.ErrorsByPath(consented)["jobSeeker.identity"]);
        Assert.NotNull(consented.Data!["jobSeeker"]!["pathway"]);
        Assert.Equal(0, (await ListAsync(token, new { niss = await NissAsync(old) })).Data!["jobSeekers"]!["totalCount"]!.GetValue<int>());
    }

    private Task AgeAsync(long referralId, int days) => world.Workflow.WithDbAsync(db =>
        db.Referrals.Where(r => r.Id == referralId).ExecuteUpdateAsync(s => s.SetProperty(r => r.UpdatedAt, DateTime.UtcNow.AddDays(-days))));

    private Task<string> NissAsync(long id) => world.Workflow.WithDbAsync(db => db.JobSeekers.Where(j => j.Id == id).Select(j => j.Niss).SingleAsync());

    private Task<GraphQLResponse> ListAsync(string token, object? where) => world.Client.PostGraphQLAsync(List, new { where }, token);

    private async Task<int> CountAsync(string token) => (await ListAsync(token, null)).EnsureNoErrors().Data!["jobSeekers"]!["totalCount"]!.GetValue<int>();

    private static List<string> Ids(GraphQLResponse response) =>
        [.. response.Data!["jobSeekers"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>())];
}
