using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.GraphQL.Relay;
using Partners.Data.Infrastructure;
using Partners.Domain.Difficulties;
using Partners.Domain.Organisations;
using Partners.Domain.Referrals;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.CommissionDashboard;

/// <summary>The Commission's dashboard: its figures are the counts of the data, made by the database.</summary>
public sealed partial class DashboardTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string Query = """
        query($from: Date, $to: Date) {
          commissionDashboard(region: LIEGE, from: $from, to: $to) {
            referralsByStatusAndOperator { operator { id } status count }
            overdueCandidacyAnswers { operator { id } count }
            complaints { engagement { code } respondent { id } month count }
            disputesByStatus { status count oldestFiledAt }
            openRecurringDifficulties
          }
        }
        """;

    private readonly HttpClient client = factory.CreateClient();

    private static DateOnly From => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-60);

    private static DateOnly To => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task The_figures_equal_counts_made_independently_over_the_data()
    {
        await new DashboardDataSet(factory, client).SeedAsync(0);
        var commission = await Tokens.GetAsync(client, Tokens.Commission);

        var dashboard = (await client.PostGraphQLAsync(Query, new { from = From.ToString("O"), to = To.ToString("O") }, commission))
            .EnsureNoErrors().Data!["commissionDashboard"]!;

        var expected = await ExpectedAsync();
        Assert.NotEmpty(expected.Referrals);
        Assert.NotEmpty(expected.Overdue);
        Assert.Equal(expected.Referrals, Rows(dashboard["referralsByStatusAndOperator"]!, r => $"{r["operator"]!["id"]}|{r["status"]}|{r["count"]}"));
        Assert.Equal(expected.Overdue, Rows(dashboard["overdueCandidacyAnswers"]!, r => $"{r["operator"]!["id"]}|{r["count"]}"));
        Assert.Equal(expected.Complaints, Rows(dashboard["complaints"]!, r => $"{r["engagement"]!["code"]}|{r["respondent"]!["id"]}|{r["month"]}|{r["count"]}"));
        // Each state with its oldest dispute's filing instant: the age the dashboard shows.
        Assert.Equal(expected.Disputes, Rows(dashboard["disputesByStatus"]!, r => $"{r["status"]}|{r["count"]}|{Instant(r["oldestFiledAt"]!.GetValue<string>())}"));
        Assert.Equal(expected.OpenDifficulties, dashboard["openRecurringDifficulties"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_dashboard_costs_the_same_few_grouped_statements_whatever_the_data()
    {
        var commission = await Tokens.GetAsync(client, Tokens.Commission);
        var counter = factory.Services.GetRequiredService<SqlCommandCounter>();
        var dataSet = new DashboardDataSet(factory, client);
        await dataSet.SeedAsync(1);

        counter.Reset();
        (await client.PostGraphQLAsync(Query, new { from = From.ToString("O"), to = To.ToString("O") }, commission)).EnsureNoErrors();
        var small = counter.Commands;
        await dataSet.SeedAsync(2);
        await dataSet.SeedAsync(3);
        counter.Reset();
        (await client.PostGraphQLAsync(Query, new { from = From.ToString("O"), to = To.ToString("O") }, commission)).EnsureNoErrors();
        var large = counter.Commands;

        Assert.Equal(small.Count, large.Count);
        Assert.Equal(4, large.Count(c => c.Contains("GROUP BY", StringComparison.Ordinal)));
        Assert.Equal(1, large.Count(c => c.Contains("COUNT(*)", StringComparison.Ordinal) && !c.Contains("GROUP BY", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Only_the_Commission_reads_the_dashboard_and_a_reversed_period_is_refused()
    {
        var isp = await Tokens.GetAsync(client, Tokens.Isp);
        var commission = await Tokens.GetAsync(client, Tokens.Commission);

        var byOperator = await client.PostGraphQLAsync("{ commissionDashboard { openRecurringDifficulties } }", token: isp);
        var reversed = await client.PostGraphQLAsync("{ commissionDashboard(from: \"2026-02-01\", to: \"2026-01-01\") { openRecurringDifficulties } }", token: commission, language: "en");

        Assert.Equal("FORBIDDEN", byOperator.ErrorCodes.Single());
        Assert.Equal("VALIDATION", reversed.ErrorCodes.Single());
        Assert.Equal("The period ends ('to') before it starts ('from').", reversed.Errors[0]!["message"]!.GetValue<string>());
    }

    private async Task<(string[] Referrals, string[] Overdue, string[] Complaints, string[] Disputes, int OpenDifficulties)> ExpectedAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Partners.Data.PartnersDbContext>();
        var start = From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var liegeOffers = (await db.Offers.AsNoTracking().ToListAsync()).Where(o => o.Region == Region.Liege).Select(o => o.Id).ToHashSet();
        var referrals = (await db.Referrals.AsNoTracking().ToListAsync())
            .Where(r => liegeOffers.Contains(r.OfferId) && r.CreatedAt >= start && r.CreatedAt < end).ToList();
        var complaints = (await db.Complaints.AsNoTracking().ToListAsync())
            .Where(c => c.Region == Region.Liege && c.ReceivedOn >= From && c.ReceivedOn <= To);
        var disputes = (await db.Disputes.AsNoTracking().ToListAsync()).Where(d => d.Region == Region.Liege && d.FiledAt >= start && d.FiledAt < end);
        var difficulties = (await db.RecurringDifficulties.AsNoTracking().ToListAsync())
            .Count(d => d.Status != RecurringDifficultyStatus.Closed && d.Region == Region.Liege && d.ReportedAt >= start && d.ReportedAt < end);
        return (
            [.. referrals.GroupBy(r => (r.OperatorOrganisationId, r.Status)).Select(g => $"{Organisation(g.Key.OperatorOrganisationId)}|{Constant(g.Key.Status)}|{g.Count()}").Order(StringComparer.Ordinal)],
            [.. referrals.Where(r => r.Status is ReferralStatus.Sent or ReferralStatus.Received && r.AnswerDueOn < today)
                .GroupBy(r => r.OperatorOrganisationId).Select(g => $"{Organisation(g.Key)}|{g.Count()}").Order(StringComparer.Ordinal)],
            [.. complaints.GroupBy(c => (c.EngagementCode, c.RespondentOrganisationId, Month: c.ReceivedOn.ToString("yyyy-MM", CultureInfo.InvariantCulture)))
                .Select(g => $"{g.Key.EngagementCode}|{Organisation(g.Key.RespondentOrganisationId)}|{g.Key.Month}|{g.Count()}").Order(StringComparer.Ordinal)],
            [.. disputes.GroupBy(d => d.Status)
                .Select(g => $"{Constant(g.Key)}|{g.Count()}|{Instant(DateTime.SpecifyKind(g.Min(d => d.FiledAt), DateTimeKind.Utc).ToString("O"))}").Order(StringComparer.Ordinal)],
            difficulties);
    }

    private static string[] Rows(JsonNode list, Func<JsonNode, string> row) => [.. list.AsArray().Select(r => row(r!)).Order(StringComparer.Ordinal)];

    /// <summary>An instant to the second, whatever its text's precision.</summary>
    private static string Instant(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);

    private static string Organisation(long id) => GlobalId.Encode("Organisation", id);

    /// <summary>The GraphQL name of an enum value: <c>InProgress</c> → <c>IN_PROGRESS</c>.</summary>
    private static string Constant(Enum value) => WordBoundary().Replace(value.ToString(), "$1_$2").ToUpperInvariant();

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex WordBoundary();
}
