using Microsoft.EntityFrameworkCore;
using Partners.Api.Seed;
using Partners.Domain.Boundaries;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Boundaries;

/// <summary>
/// A page of referrals reads its people's access facts for the categories its selection decides only; a category
/// decided beyond those, for the same people in the same request, is decided on facts read for it.
/// </summary>
public sealed class InboxAccessFactsTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly BoundaryWorld world = new(factory);

    [Fact]
    public async Task A_category_the_inbox_read_no_facts_for_is_decided_on_facts_read_for_it()
    {
        // The inbox decides IDENTITY only, so its statement reads the consents naming IDENTITY only; the same person
        // reached again below it asks for SOCIAL and HEALTH, which the page's facts do not cover.
        const string deep = """
            query Deep { referrals(first: 100) { nodes { jobSeeker { id identity { lastName }
              referrals(first: 1) { nodes { jobSeeker { id social { followedByCpas } health { icfSummary } } } } } } } }
            """;
        var person = await world.PersonAsync(referredToIsp: true);
        var consent = await world.ConsentAsync(person, DemoOrganisations.IspWithClause, DataCategory.Social);

        var response = await world.Client.PostGraphQLAsync(deep, null, await world.TokenAsync(Tokens.Isp), operationName: "Deep");

        var nodes = response.Data!["referrals"]!["nodes"]!.AsArray();
        var index = nodes.Select(n => n!["jobSeeker"]!["id"]!.GetValue<string>()).ToList().IndexOf(WorkflowWorld.Id("JobSeeker", person));
        var outer = nodes[index]!["jobSeeker"]!;
        Assert.NotNull(outer["identity"]!["lastName"]);
        var inner = Assert.Single(outer["referrals"]!["nodes"]!.AsArray())!["jobSeeker"]!;
        Assert.NotNull(inner["social"]!["followedByCpas"]);
        Assert.Null(inner["health"]);
        var errors = BoundaryWorld.ErrorsByPath(response);
        Assert.Equal("CONSENT_REQUIRED", errors[$"referrals.nodes.{index}.jobSeeker.referrals.nodes.0.jobSeeker.health"]);
        Assert.DoesNotContain($"referrals.nodes.{index}.jobSeeker.referrals.nodes.0.jobSeeker.social", errors.Keys);

        // The SOCIAL read is logged under the consent, like any other.
        var logged = await world.Workflow.WithDbAsync(db => db.AccessLog.Where(e => e.JobSeekerId == person && e.Operation == "Deep" && e.Category == DataCategory.Social).ToListAsync());
        var entry = Assert.Single(logged);
        Assert.Equal((LegalBasis.Consent, consent), (entry.Basis, entry.BasisReference));
    }
}
