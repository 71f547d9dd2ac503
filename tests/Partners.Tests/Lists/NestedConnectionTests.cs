using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.Seed;
using Partners.Data.Infrastructure;
using Partners.Domain.Referrals;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Lists;

/// <summary>
/// The lists inside an object (a person's referrals, a referral's history…) are connections like the top-level ones:
/// the same arguments and keyset cursors, both ways; <c>totalCount</c> counts only what the caller may see; and a
/// page of 50 parents each with its nested connections costs the same statements as a page of 5 (the children are
/// read for the whole level by one loader, the page is cut per parent).
/// </summary>
public sealed class NestedConnectionTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string Nested = """
        query Nested($first: Int!, $offers: [ID!]) {
          referrals(first: $first, where: { offerIdIn: $offers }) {
            nodes {
              id
              history(first: 5) { totalCount nodes { to } }
              events(first: 5) { totalCount nodes { kind } }
              jobSeeker {
                referrals(first: 3) { totalCount nodes { id history(first: 2) { totalCount nodes { to } } } }
                consents(first: 3) { totalCount nodes { id } }
                pathway {
                  referentCounsellorHistory(first: 3) { totalCount nodes { counsellorName } }
                  actionPlanVersions(first: 3) { totalCount nodes { version } }
                  previousEvaluations(first: 3) { totalCount nodes { summary } }
                }
              }
            }
          }
        }
        """;

    private static readonly SemaphoreSlim Seeded = new(1, 1);
    private static long[]? seededOffers;

    private readonly HttpClient client = factory.CreateClient();
    private readonly WorkflowWorld world = new(factory);

    [Fact]
    public async Task Fifty_parents_with_their_nested_connections_cost_the_statements_of_five()
    {
        var offers = (await SeedAsync()).Select(o => WorkflowWorld.Id("Offer", o)).ToArray();
        var token = await Tokens.GetAsync(client, Tokens.Forem);
        var counter = factory.Services.GetRequiredService<SqlCommandCounter>();
        await CountAsync(token, counter, 5, offers); // warms the document cache

        var five = await CountAsync(token, counter, 5, offers);
        var fifty = await CountAsync(token, counter, 50, offers);

        Assert.Equal((5, 50), (five.Parents, fifty.Parents));
        Assert.True(five.Sql.Count == fifty.Sql.Count, $"5 parents: {five.Sql.Count} statements, 50: {fifty.Sql.Count}:\n" + string.Join("\n----\n", fifty.Sql));
        // The page (its people joined), then one statement per nested list: history, events, the people's referrals
        // (their history is the same referrals', already read), consents, designations, plans, evaluations. 8 measured.
        Assert.InRange(fifty.Sql.Count, 1, 8);
        Assert.Equal(five.Sql, fifty.Sql); // the same texts too: a batch's ids are one parameter

        // The pages were cut per parent: each completed referral shows its four changes and its person's evaluation.
        var referral = fifty.Page[0]!;
        Assert.Equal(4, referral["history"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(["SENT", "ACCEPTED", "IN_PROGRESS", "COMPLETED"], referral["history"]!["nodes"]!.AsArray().Select(h => h!["to"]!.GetValue<string>()));
        Assert.Equal(2, referral["jobSeeker"]!["referrals"]!["nodes"]![0]!["history"]!["nodes"]!.AsArray().Count);
        Assert.Equal(1, referral["jobSeeker"]!["pathway"]!["previousEvaluations"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_nested_list_pages_forwards_and_backwards_and_counts_only_what_the_caller_sees()
    {
        var own = await world.OfferAsync();
        var other = await world.OfferAsync(DemoOrganisations.IspThird);
        var person = await world.JobSeekerAsync();
        for (var i = 0; i < 5; i++)
        {
            await world.ReferralAsync(i < 3 ? own : other, ReferralStatus.Completed, person);
        }

        var forem = await Tokens.GetAsync(client, Tokens.Forem);
        var personId = WorkflowWorld.Id("JobSeeker", person);
        const string referrals = "query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { jobSeeker(id: $id) { referrals(first: $first, after: $after, last: $last, before: $before) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id } } } }";
        var all = await PageAllAsync(forem, referrals, personId, c => c["jobSeeker"]!["referrals"]!);
        Assert.Equal(5, all.Count);

        var referralId = JsonNode.Parse(all[0])!.GetValue<string>();
        const string history = "query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { referral(id: $id) { history(first: $first, after: $after, last: $last, before: $before) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { to } } } }";
        Assert.Equal(["\"SENT\"", "\"ACCEPTED\"", "\"IN_PROGRESS\"", "\"COMPLETED\""], await PageAllAsync(forem, history, referralId, c => c["referral"]!["history"]!, "to"));

        // The operator sees the person's referrals to its own offers only, and counts only those.
        var isp = await Tokens.GetAsync(client, Tokens.Isp);
        var seen = (await client.PostGraphQLAsync(referrals, new { id = personId, first = 100 }, isp)).EnsureNoErrors().Data!["jobSeeker"]!["referrals"]!;
        Assert.Equal(3, seen["totalCount"]!.GetValue<int>());
        Assert.Equal(3, seen["nodes"]!.AsArray().Count);

        // The arguments are checked as on a top-level list.
        var forged = await client.PostGraphQLAsync(referrals, new { id = personId, after = "bm90LWEtY3Vyc29y" }, forem);
        var tooMany = await client.PostGraphQLAsync(referrals, new { id = personId, first = 101 }, forem);
        var both = await client.PostGraphQLAsync(referrals, new { id = personId, first = 1, last = 1 }, forem);
        Assert.Equal(["VALIDATION", "VALIDATION", "VALIDATION"], new[] { forged, tooMany, both }.Select(r => r.ErrorCodes.Single()));
    }

    [Fact]
    public async Task An_offers_information_sessions_take_where_on_their_days_and_count_what_it_keeps()
    {
        var offer = await world.OfferAsync();
        foreach (var month in new[] { 1, 2, 3 })
        {
            await world.InformationSessionAsync(offer, startsAt: new DateTime(2027, month, 5, 9, 0, 0, DateTimeKind.Utc));
        }

        var token = await Tokens.GetAsync(client, Tokens.Isp);
        async Task<(int Total, string Days)> SessionsAsync(string where)
        {
            var sessions = (await client.PostGraphQLAsync($"query($o: ID!) {{ offer(id: $o) {{ informationSessions(where: {where}) {{ totalCount nodes {{ startsAt }} }} }} }}", new { o = WorkflowWorld.Id("Offer", offer) }, token))
                .EnsureNoErrors().Data!["offer"]!["informationSessions"]!;
            return (sessions["totalCount"]!.GetValue<int>(), string.Join(' ', sessions["nodes"]!.AsArray().Select(n => n!["startsAt"]!.GetValue<string>()[..10])));
        }

        Assert.Equal((2, "2027-02-05 2027-03-05"), await SessionsAsync("{ startsAt: { gte: \"2027-02-01\" } }"));
        Assert.Equal((2, "2027-01-05 2027-03-05"), await SessionsAsync("{ or: [{ startsAt: { lte: \"2027-01-31\" } }, { startsAt: { gte: \"2027-03-05\" } }] }"));
        Assert.Equal((1, "2027-02-05"), await SessionsAsync("{ startsAt: { gte: \"2027-02-05\", lte: \"2027-02-05\" } }"));
    }

    [Fact]
    public async Task The_access_reports_reads_page_on_their_composite_key_both_ways()
    {
        // Three organisations read the person (contract, consent, the Office's mission): three lines whose keys hold
        // enums and empty references.
        var boundaries = new Boundaries.BoundaryWorld(factory);
        var offer = await world.OfferAsync();
        var person = await boundaries.PersonAsync(DemoOrganisations.CpasCharleroi);
        await world.ReferralAsync(offer, jobSeekerId: person);
        await boundaries.ConsentAsync(person, DemoOrganisations.CpasLiege, Domain.Boundaries.DataCategory.Social);
        (await boundaries.ReadAsync(await boundaries.TokenAsync(Tokens.Isp), person, "query($id: ID!) { jobSeeker(id: $id) { identity { lastName } } }")).EnsureNoErrors();
        (await boundaries.ReadAsync(await boundaries.TokenAsync(Tokens.CpasLiege), person, "query($id: ID!) { jobSeeker(id: $id) { social { followedByCpas } } }")).EnsureNoErrors();
        var forem = await Tokens.GetAsync(client, Tokens.Forem);
        const string reads = "query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { accessReport(jobSeekerId: $id) { reads(first: $first, after: $after, last: $last, before: $before) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { purpose } } } }";
        var id = WorkflowWorld.Id("JobSeeker", person);
        (await client.PostGraphQLAsync(reads, new { id }, forem)).EnsureNoErrors(); // the report's own read is logged: its line is there from now on

        var purposes = await PageAllAsync(forem, reads, id, c => c["accessReport"]!["reads"]!, "purpose");
        Assert.True(purposes.Count >= 3, string.Join(", ", purposes));
    }

    /// <summary>The whole list read with one page of 100, then by pages of 2 forwards and backwards: all three must agree.</summary>
    private async Task<List<string>> PageAllAsync(string token, string query, string id, Func<JsonNode, JsonNode> connectionOf, string field = "id")
    {
        async Task<JsonNode> Page(object variables) => connectionOf((await client.PostGraphQLAsync(query, variables, token)).EnsureNoErrors().Data!);
        static IEnumerable<string> Values(JsonNode page, string field) => page["nodes"]!.AsArray().Select(n => n![field]!.ToJsonString());

        var whole = await Page(new { id, first = 100 });
        var all = Values(whole, field).ToList();
        Assert.Equal(all.Count, whole["totalCount"]!.GetValue<int>());

        var forward = new List<string>();
        string? cursor = null;
        do
        {
            var page = await Page(new { id, first = 2, after = cursor });
            forward.AddRange(Values(page, field));
            cursor = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (cursor is not null);

        var backward = new List<string>();
        do
        {
            var page = await Page(new { id, last = 2, before = cursor });
            backward.InsertRange(0, Values(page, field));
            cursor = page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>() ? page["pageInfo"]!["startCursor"]!.GetValue<string>() : null;
        }
        while (cursor is not null);

        Assert.Equal(all, forward);
        Assert.Equal(all, backward);
        return all;
    }

    private async Task<(IReadOnlyList<string> Sql, int Parents, JsonArray Page)> CountAsync(string token, SqlCommandCounter counter, int first, string[] offers)
    {
        counter.Reset();
        var response = (await client.PostGraphQLAsync(Nested, new { first, offers }, token, operationName: "Nested")).EnsureNoErrors();
        var page = response.Data!["referrals"]!["nodes"]!.AsArray();
        return (counter.Commands, page.Count, page);
    }

    /// <summary>50 completed referrals of 50 people, once for the class.</summary>
    private async Task<long[]> SeedAsync()
    {
        await Seeded.WaitAsync();
        try
        {
            if (seededOffers is null)
            {
                var offers = new[] { await world.OfferAsync(capacity: 100), await world.OfferAsync(capacity: 100) };
                for (var i = 0; i < 50; i++)
                {
                    await world.ReferralAsync(offers[i % 2], ReferralStatus.Completed);
                }

                seededOffers = offers;
            }

            return seededOffers;
        }
        finally
        {
            Seeded.Release();
        }
    }
}
