using Microsoft.EntityFrameworkCore;
using Partners.Api.AccessReports;
using Partners.Api.Seed;
using Partners.Domain.Boundaries;
using Partners.Tests.Boundaries;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;
using UglyToad.PdfPig;

namespace Partners.Tests.AccessReports;

/// <summary>
/// The person's access report (GDPR art. 15): after an operator, a CPAS under consent and the Office have read her
/// data, every line says who read which category, for what purpose, on what basis; reading the report is logged;
/// the PDF carries the organisations and the dates.
/// </summary>
public sealed class AccessReportTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string Report = """
        query Report($id: ID!) {
          accessReport(jobSeekerId: $id) {
            jobSeekerId
            reads { nodes { organisation { name } category purpose basis basisText basisReference referral firstReadAt lastReadAt count } }
            consents { nodes { recipient { name } categories purpose active } }
            dataHeld { category holder fields }
            pdf
          }
        }
        """;

    private const string Identity = "query OperatorRead($id: ID!) { jobSeeker(id: $id) { identity { lastName } } }";
    private const string Social = "query ConsentRead($id: ID!) { jobSeeker(id: $id) { social { followedByCpas } } }";

    private readonly BoundaryWorld world = new(factory);

    [Fact]
    public async Task Every_line_of_the_report_is_a_read_that_happened_with_its_purpose_and_basis()
    {
        var offer = await world.Workflow.OfferAsync();
        var person = await world.PersonAsync(DemoOrganisations.CpasCharleroi);
        var referral = await world.Workflow.ReferralAsync(offer, jobSeekerId: person);
        var contract = await world.Workflow.WithDbAsync(db => db.Offers.Where(o => o.Id == offer).Select(o => o.ContractId!.Value).SingleAsync());
        var consent = await world.ConsentAsync(person, DemoOrganisations.CpasLiege, DataCategory.Social);

        (await world.ReadAsync(await world.TokenAsync(Tokens.Isp), person, Identity)).EnsureNoErrors();
        (await world.ReadAsync(await world.TokenAsync(Tokens.Isp), person, Identity)).EnsureNoErrors();
        (await world.ReadAsync(await world.TokenAsync(Tokens.CpasLiege), person, Social)).EnsureNoErrors();
        (await world.ReadAsync(await world.TokenAsync(Tokens.Forem), person, "query OfficeRead($id: ID!) { jobSeeker(id: $id) { identity { niss } } }")).EnsureNoErrors();

        var answer = (await world.ReadAsync(await world.TokenAsync(Tokens.Forem), person, Report)).EnsureNoErrors();
        var report = answer.Data!["accessReport"]!;
        var reads = report["reads"]!["nodes"]!.AsArray().Select(r => (
            r!["organisation"]!["name"]!.GetValue<string>(), r["category"]!.GetValue<string>(), r["purpose"]!.GetValue<string>(),
            r["basis"]!.GetValue<string>(), r["basisReference"]?.GetValue<string>(), r["referral"]?.GetValue<string>(), r["count"]!.GetValue<int>())).ToList();
        Assert.Equal(
            new[]
            {
                (DemoOrganisations.IspWithClause, "IDENTITY", $"Adressage n° {referral}", "COOPERATION_CONTRACT", (string?)WorkflowWorld.Id("CooperationContract", contract), (string?)WorkflowWorld.Id("Referral", referral), 2),
                (DemoOrganisations.CpasLiege, "SOCIAL", "Accompagnement", "CONSENT", WorkflowWorld.Id("Consent", consent), null, 1),
                (DemoOrganisations.Office, "IDENTITY", "Accompagnement individualisé par le Forem", "OFFICE_MISSION", null, null, 1),
            }.OrderBy(r => r.Item1, StringComparer.Ordinal),
            reads.OrderBy(r => r.Item1, StringComparer.Ordinal));
        var logged = await world.Workflow.WithDbAsync(db => db.AccessLog.Where(e => e.JobSeekerId == person && e.Operation != "Report").ToListAsync());
        var organisations = new Dictionary<string, long>();
        foreach (var name in new[] { DemoOrganisations.IspWithClause, DemoOrganisations.CpasLiege, DemoOrganisations.Office })
        {
            organisations[name] = await world.Workflow.OrganisationIdAsync(name);
        }

        Assert.Equal("Contrat de coopération n° " + contract + " (décret du 12 janvier 2012, art. 11)",
            report["reads"]!["nodes"]!.AsArray().Single(r => r!["basis"]!.GetValue<string>() == "COOPERATION_CONTRACT")!["basisText"]!.GetValue<string>());
        Assert.Equal([(DemoOrganisations.CpasLiege, "Accompagnement", true)],
            report["consents"]!["nodes"]!.AsArray().Select(c => (c!["recipient"]!["name"]!.GetValue<string>(), c["purpose"]!.GetValue<string>(), c["active"]!.GetValue<bool>())));
        // The Office's report lists IDENTITY and PATHWAY content, never the CPAS's SOCIAL secret.
        var held = report["dataHeld"]!.AsArray().ToDictionary(h => h!["category"]!.GetValue<string>(), h => h!["fields"]);
        Assert.Contains("numéro national (NISS)", held["IDENTITY"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Null(held["SOCIAL"]);

        // Reading the report is itself logged, by the Office, for the right of access: her identity (the report names her).
        // This Office client is not the social service: HEALTH content is not listed, so no HEALTH read is logged.
        var reading = await world.Workflow.WithDbAsync(db => db.AccessLog.Where(e => e.JobSeekerId == person && e.Operation == "Report").ToListAsync());
        Assert.Equal(
            [(DataCategory.Identity, LegalBasis.OfficeMission, AccessReportText.ReadingPurpose)],
            reading.Select(e => (e.Category, e.Basis, e.Purpose)).OrderBy(e => e.Category));

        // The document to hand over: the platform's header, the date, each organisation with its first and last read.
        var text = PdfText(report["pdf"]!.GetValue<string>());
        Assert.Contains("Partners — réseau des partenaires de l'accompagnement (le Forem)", text);
        Assert.Contains("Établi le " + AccessReportText.Day(DateTime.UtcNow), text);
        Assert.Contains("Rapport d'accès à vos données", text);
        foreach (var organisation in new[] { DemoOrganisations.IspWithClause, DemoOrganisations.CpasLiege, DemoOrganisations.Office })
        {
            var entries = logged.Where(e => e.OrganisationId == organisations[organisation]).ToList();
            Assert.Contains($"{organisation} : ", text);
            Assert.Contains($"du {AccessReportText.Day(entries.Min(e => e.At))} au {AccessReportText.Day(entries.Max(e => e.At))}", text);
        }

        Assert.Contains($"Finalité : Adressage n° {referral}", text);
    }

    [Fact]
    public async Task The_report_speaks_English_on_request_and_the_own_cpas_reads_it_for_its_beneficiary()
    {
        var person = await world.PersonAsync(DemoOrganisations.CpasLiege);
        (await world.ReadAsync(await world.TokenAsync(Tokens.Forem), person, "query OfficeRead($id: ID!) { jobSeeker(id: $id) { identity { niss } } }")).EnsureNoErrors();

        var english = (await world.Client.PostGraphQLAsync(Report, new { id = WorkflowWorld.Id("JobSeeker", person) }, await world.TokenAsync(Tokens.CpasLiege), language: "en")).EnsureNoErrors();
        var report = english.Data!["accessReport"]!;
        var read = Assert.Single(report["reads"]!["nodes"]!.AsArray())!;
        Assert.Equal(("Individualised accompaniment by the Office (le Forem)", "The Office's mission (decree of 12 January 2012, art. 4 and 13)"),
            (read["purpose"]!.GetValue<string>(), read["basisText"]!.GetValue<string>()));
        // The own CPAS sees what SOCIAL holds (its own secret), not HEALTH's content.
        var held = report["dataHeld"]!.AsArray().ToDictionary(h => h!["category"]!.GetValue<string>(), h => h!["fields"]);
        Assert.Contains("own CPAS", held["SOCIAL"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Null(held["HEALTH"]);
        var text = PdfText(report["pdf"]!.GetValue<string>());
        Assert.Contains("Report of access to your data", text);
        Assert.Contains("Issued on " + AccessReportText.Day(DateTime.UtcNow), text);

        var logged = await world.Workflow.WithDbAsync(db => db.AccessLog.Where(e => e.JobSeekerId == person && e.Operation == "Report").Select(e => new { e.Category, e.Basis }).ToListAsync());
        Assert.Equal([(DataCategory.Identity, LegalBasis.OwnCpas), (DataCategory.Social, LegalBasis.OwnCpas)], logged.Select(e => (e.Category, e.Basis)).Order());
    }

    [Fact]
    public async Task Another_cpas_an_operator_and_the_commission_get_no_report()
    {
        var person = await world.PersonAsync(DemoOrganisations.CpasCharleroi, referredToIsp: true);
        var notHers = await world.Client.PostGraphQLAsync(Report, new { id = WorkflowWorld.Id("JobSeeker", person) }, await world.TokenAsync(Tokens.CpasLiege));
        Assert.Empty(notHers.ErrorCodes);
        Assert.Null(notHers.Data!["accessReport"]);
        foreach (var client in new[] { Tokens.Isp, Tokens.Commission })
        {
            var refused = await world.Client.PostGraphQLAsync(Report, new { id = WorkflowWorld.Id("JobSeeker", person) }, await world.TokenAsync(client));
            Assert.Equal(["FORBIDDEN"], refused.ErrorCodes);
        }

        Assert.Equal(0, await world.Workflow.WithDbAsync(db => db.AccessLog.CountAsync(e => e.JobSeekerId == person && e.Operation == "Report")));
    }

    private static string PdfText(string base64)
    {
        using var document = PdfDocument.Open(Convert.FromBase64String(base64));
        return string.Join('\n', document.GetPages().Select(page => string.Join(' ', page.GetWords().Select(w => w.Text))));
    }
}
