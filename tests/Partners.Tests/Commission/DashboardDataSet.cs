using Partners.Api.Seed;
using Partners.Domain.Organisations;
using Partners.Domain.Referrals;
using Partners.Tests.Complaints;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.CommissionDashboard;

/// <summary>
/// A data set for the dashboard: referrals in several states, operators, directorates and ages (some overdue),
/// complaints in several months, disputes and difficulties in two directorates. Written partly straight to the
/// database (referrals) and partly through the mutations (the rest).
/// </summary>
internal sealed class DashboardDataSet(PartnersApiFactory factory, HttpClient client)
{
    private readonly NetworkData data = new(factory);

    public static DateTime Now => DateTime.UtcNow;

    public async Task SeedAsync(int round)
    {
        var liegeIsp = await data.OfferAsync(DemoOrganisations.IspWithClause, Region.Liege);
        var liegeCpas = await data.OfferAsync(DemoOrganisations.CpasLiege, Region.Liege);
        var namur = await data.OfferAsync(DemoOrganisations.IspThird, Region.Namur);
        await data.ReferralAsync(liegeIsp, Now.AddDays(-30));
        await data.ReferralAsync(liegeIsp, Now.AddDays(-30), (r, a, t) => r.Acknowledge(a, t));
        await data.ReferralAsync(liegeIsp, Now.AddDays(-2));
        await data.ReferralAsync(liegeIsp, Now.AddDays(-30), (r, a, t) => r.RecordCandidacyResult(a, CandidacyDecision.Accepted, null, "ok", null, t));
        await data.ReferralAsync(liegeCpas, Now.AddDays(-20), (r, a, t) => r.RecordCandidacyResult(a, CandidacyDecision.Refused, RefusalReason.NoSeats, "complet", null, t));
        await data.ReferralAsync(liegeCpas, Now.AddDays(-100 - round));
        await data.ReferralAsync(namur, Now.AddDays(-30));

        var forem = await Tokens.GetAsync(client, Tokens.Forem);
        var complaints = new ComplaintApi(factory, client);
        foreach (var (respondent, code, daysAgo) in new[]
        {
            (DemoOrganisations.IspWithClause, "OPERATOR_14_4", 3), (DemoOrganisations.IspWithClause, "OPERATOR_14_4", 40),
            (DemoOrganisations.IspWithClause, "OPERATOR_14_5", 40), (DemoOrganisations.CpasLiege, "OPERATOR_14_4", 50 + round),
            (DemoOrganisations.IspThird, "OPERATOR_14_6", 10), (DemoOrganisations.IspWithClause, "OPERATOR_14_2", 120),
        })
        {
            await complaints.FiledAsync(forem, respondent, code, DateOnly.FromDateTime(Now).AddDays(-daysAgo).ToString("O"));
        }

        var cpas = await Tokens.GetAsync(client, Tokens.CpasLiege);
        foreach (var (token, respondent, region) in new[]
        {
            (forem, DemoOrganisations.IspWithClause, "LIEGE"), (cpas, DemoOrganisations.Office, "LIEGE"), (forem, DemoOrganisations.IspThird, "NAMUR"),
        })
        {
            await client.PostGraphQLAsync(
                "mutation($input: FileDisputeInput!) { fileDispute(input: $input) { errors { code } } }",
                new { input = new { respondentOrganisationId = await data.OrganisationGlobalIdAsync(respondent), subject = "Test", description = "Test", region } }, token);
        }

        foreach (var region in new[] { "LIEGE", "LIEGE", "NAMUR" })
        {
            await client.PostGraphQLAsync(
                "mutation($input: ReportRecurringDifficultyInput!) { reportRecurringDifficulty(input: $input) { errors { code } } }",
                new { input = new { title = "Difficulté", description = "Encore", region } }, cpas);
        }
    }
}
