using Microsoft.EntityFrameworkCore;
using Partners.Api.Seed;
using Partners.Domain.Boundaries;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Boundaries;

/// <summary>The access log holds exactly one entry per request, person and logged category, with its purpose and legal basis.</summary>
public sealed class AccessLogTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string Inbox = """
        query Inbox($a: ID!, $b: ID!, $r: ID!) {
          a: jobSeeker(id: $a) { identity { niss } pathway { targetGroups } social { followedByCpas } }
          b: jobSeeker(id: $b) { identity { lastName } }
          referral(id: $r) { jobSeeker { identity { firstName } } }
          jobSeekers(first: 100) { nodes { id identity { niss } } }
        }
        """;

    public const string Log = """
        query Log($id: ID!) {
          accessLog(jobSeekerId: $id, first: 100) {
            nodes { organisation { name } clientId operation category basis basisReference purpose referral }
          }
        }
        """;

    private readonly BoundaryWorld world = new(factory);

    [Fact]
    public async Task A_mixed_query_logs_each_person_and_logged_category_once_with_its_purpose_and_legal_basis()
    {
        var offer = await world.Workflow.OfferAsync();
        var a = await world.PersonAsync();
        var referral = await world.Workflow.ReferralAsync(offer, jobSeekerId: a);
        var b = await world.PersonAsync();
        var consentB = await world.ConsentAsync(b, DemoOrganisations.IspWithClause, DataCategory.Identity);
        var consentA = await world.ConsentAsync(a, DemoOrganisations.Office, DataCategory.Social);
        var contract = await world.Workflow.WithDbAsync(db => db.Offers.Where(o => o.Id == offer).Select(o => o.ContractId!.Value).SingleAsync());

        var isp = await world.Client.PostGraphQLAsync(Inbox, new { a = Id(a), b = Id(b), r = WorkflowWorld.Id("Referral", referral) }, await world.TokenAsync(Tokens.Isp));
        Assert.Equal(["CONSENT_REQUIRED"], isp.ErrorCodes); // a.social: the operator holds the scope but no consent, and nothing is logged for it
        Assert.NotNull(isp.Data!["referral"]!["jobSeeker"]!["identity"]);
        var office = await world.ReadAsync(await world.TokenAsync(Tokens.Forem), a, BoundaryWorld.FullQuery, "Read");
        Assert.Equal(["CONSENT_REQUIRED"], office.ErrorCodes); // a.health: forem-demo is not the Office's social service

        var operatorName = DemoOrganisations.IspWithClause;
        var forem = DemoOrganisations.Office;
        Assert.Equal(
            new[]
            {
                (operatorName, Tokens.Isp, "Inbox", "Identity", "CooperationContract", (long?)contract, (long?)referral, (string?)null),
                (forem, Tokens.Forem, "Read", "Identity", "OfficeMission", null, null, null),
                (forem, Tokens.Forem, "Read", "Social", "Consent", consentA, null, "Accompagnement"),
            }.Order(),
            await EntriesAsync(a));
        Assert.Equal([(operatorName, Tokens.Isp, "Inbox", "Identity", "Consent", (long?)consentB, (long?)null, (string?)"Accompagnement")], await EntriesAsync(b));

        var log = (await world.Client.PostGraphQLAsync(Log, new { id = Id(a) }, await world.TokenAsync(Tokens.Forem))).EnsureNoErrors();
        var nodes = log.Data!["accessLog"]!["nodes"]!.AsArray();
        Assert.Equal(3, nodes.Count);
        var viaContract = nodes.Single(n => n!["basis"]!.GetValue<string>() == "COOPERATION_CONTRACT")!;
        Assert.Equal((operatorName, Tokens.Isp, "Inbox", "IDENTITY", WorkflowWorld.Id("CooperationContract", contract)),
            (viaContract["organisation"]!["name"]!.GetValue<string>(), viaContract["clientId"]!.GetValue<string>(), viaContract["operation"]!.GetValue<string>(),
                viaContract["category"]!.GetValue<string>(), viaContract["basisReference"]!.GetValue<string>()));
        Assert.Equal((WorkflowWorld.Id("Referral", referral), $"Adressage n° {referral}"), (viaContract["referral"]!.GetValue<string>(), viaContract["purpose"]!.GetValue<string>()));
        var viaConsent = nodes.Single(n => n!["basis"]!.GetValue<string>() == "CONSENT")!;
        Assert.Equal((WorkflowWorld.Id("Consent", consentA), "Accompagnement"), (viaConsent["basisReference"]!.GetValue<string>(), viaConsent["purpose"]!.GetValue<string>()));
        Assert.All(nodes.Where(n => n!["basis"]!.GetValue<string>() == "OFFICE_MISSION"), n =>
            Assert.Equal(("Accompagnement individualisé par le Forem", null), (n!["purpose"]!.GetValue<string>(), n["referral"])));

        var english = (await world.Client.PostGraphQLAsync(Log, new { id = Id(a) }, await world.TokenAsync(Tokens.Forem), language: "en")).EnsureNoErrors();
        Assert.Contains($"Referral no. {referral}", english.Data!["accessLog"]!["nodes"]!.AsArray().Select(n => n!["purpose"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_read_without_an_operation_name_is_logged_under_its_root_field()
    {
        var person = await world.PersonAsync();
        (await world.ReadAsync(await world.TokenAsync(Tokens.Forem), person, "query ($id: ID!) { jobSeeker(id: $id) { identity { niss } } }")).EnsureNoErrors();

        Assert.Equal([(DemoOrganisations.Office, Tokens.Forem, "jobSeeker", "Identity", "OfficeMission", (long?)null, (long?)null, (string?)null)], await EntriesAsync(person));
    }

    [Fact]
    public async Task The_access_log_is_refused_to_operators_and_to_the_commission()
    {
        var person = await world.PersonAsync(referredToIsp: true);
        foreach (var client in new[] { Tokens.Isp, Tokens.CpasLiege, Tokens.Commission })
        {
            var response = await world.Client.PostGraphQLAsync(Log, new { id = Id(person) }, await world.TokenAsync(client));
            Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
            Assert.Null(response.Data?["accessLog"]);
        }
    }

    private static string Id(long key) => WorkflowWorld.Id("JobSeeker", key);

    private Task<List<(string, string, string, string, string, long?, long?, string?)>> EntriesAsync(long jobSeekerId) => world.Workflow.WithDbAsync(async db =>
    {
        var entries = await db.AccessLog.Where(e => e.JobSeekerId == jobSeekerId)
            .Join(db.Organisations, e => e.OrganisationId, o => o.Id, (e, o) => new { o.Name, e.ClientId, e.Operation, e.Category, e.Basis, e.BasisReference, e.ReferralId, e.Purpose })
            .ToListAsync();
        return entries.Select(e => (e.Name, e.ClientId, e.Operation, e.Category.ToString(), e.Basis.ToString(), e.BasisReference, e.ReferralId, e.Purpose)).Order().ToList();
    });
}
