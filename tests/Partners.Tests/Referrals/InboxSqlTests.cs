using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Data.Infrastructure;
using Snapshooter.Xunit;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Referrals;

/// <summary>
/// No N+1: an operator's inbox (each referral with its offer, operator, history and the job seeker's identity and
/// pathway) costs the same number of SQL statements for 5 referrals as for 50; the benchmark's inbox (offer,
/// operator, identity, pathway) at most three, its access-log write included, whatever the page size.
/// </summary>
public sealed class InboxSqlTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    /// <summary>The document of <c>tools/Partners.Benchmarks</c>' <c>inbox</c> mode (InboxBench.Query).</summary>
    private const string BenchInbox = "query Inbox($first: Int!) { referrals(first: $first) { nodes { id status answerDueOn offer { title } operator { name } jobSeeker { identity { lastName } pathway { professionalObjectives } } } } }";

    private static readonly SemaphoreSlim Seeded = new(1, 1);
    private static bool seeded;
    private const string Inbox = """
        query Inbox($first: Int!) {
          referrals(first: $first) {
            nodes {
              id status overdue answerDueOn
              offer { title seatsLeft operator { name } }
              operator { name }
              jobSeeker { identity { lastName niss } pathway { targetGroups professionalObjectives } }
              history { nodes { to organisation { name } } }
            }
          }
        }
        """;

    [Fact]
    public async Task An_inbox_of_5_50_or_100_costs_the_same_three_statements_at_most_its_access_log_included()
    {
        var world = new WorkflowWorld(factory);
        await SeedAsync(world);
        var client = factory.CreateClient();
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        var counter = factory.Services.GetRequiredService<SqlCommandCounter>();
        await CountAsync(client, token, counter, 5, BenchInbox); // warms the document cache

        var five = await CountAsync(client, token, counter, 5, BenchInbox);
        var fifty = await CountAsync(client, token, counter, 50, BenchInbox);
        var hundred = await CountAsync(client, token, counter, 100, BenchInbox);
        Assert.Equal((5, 50, 100), (five.Nodes, fifty.Nodes, hundred.Nodes));
        Assert.True(five.Statements == fifty.Statements && fifty.Statements == hundred.Statements, string.Join("\n----\n", hundred.Sql));
        Assert.InRange(hundred.Statements, 1, 3);

        // The same statements, to the letter, at every size: the access log's INSERT too (its entries are one parameter).
        Assert.Equal(five.Sql, fifty.Sql);
        Assert.Equal(five.Sql, hundred.Sql);
        Assert.Equal(1, hundred.Sql.Count(c => c.StartsWith("INSERT INTO \"AccessLog\"", StringComparison.Ordinal)));

        // The page reads the columns its selection needs: no SOCIAL or HEALTH column of the people (not even their own
        // CPAS, an access fact for a CPAS caller only), no offer text nobody selected, no referral column beyond the
        // selected and the order's.
        var page = Assert.Single(five.Sql, c => c.StartsWith("SELECT", StringComparison.Ordinal));
        Assert.DoesNotContain("\"Health_", page, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Social_", page, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Objectives\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Note\"", page, StringComparison.Ordinal);

        // The statements of the 5-row inbox, whole, for review.
        Snapshot.Match(five.Sql);
    }

    [Fact]
    public async Task An_inbox_of_50_costs_as_many_statements_as_an_inbox_of_5()
    {
        var world = new WorkflowWorld(factory);
        await SeedAsync(world);

        var client = factory.CreateClient();
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        var counter = factory.Services.GetRequiredService<SqlCommandCounter>();
        await CountAsync(client, token, counter, 5, Inbox); // warms the document cache

        var five = await CountAsync(client, token, counter, 5, Inbox);
        var logged = await world.WithDbAsync(db => db.AccessLog.CountAsync(e => e.Operation == "Inbox"));
        var fifty = await CountAsync(client, token, counter, 50, Inbox);
        Assert.True(five.Statements == fifty.Statements, string.Join("\n----\n", counter.Commands));
        Assert.Equal(50, fifty.Nodes);
        Assert.InRange(fifty.Statements, 1, 15);

        // The token is a signed JWT checked locally: no statement reads OpenIddict's tables.
        Assert.DoesNotContain(fifty.Sql, c => c.Contains("OpenIddict", StringComparison.Ordinal));

        // The statements themselves, for review: one per level, none per referral (OpenIddict's token checks aside).
        Snapshot.Match(fifty.Sql.Where(c => !c.Contains("OpenIddict", StringComparison.Ordinal)).Select(c => c.Length > 400 ? c[..400] + "…" : c));

        // The 50 identities read were logged in those statements: one entry per person (PATHWAY is not logged).
        Assert.Equal(logged + 50, await world.WithDbAsync(db => db.AccessLog.CountAsync(e => e.Operation == "Inbox")));
    }

    [Fact]
    public async Task A_category_out_of_the_tokens_scope_is_refused_without_its_columns_or_facts_being_read()
    {
        var world = new WorkflowWorld(factory);
        await SeedAsync(world);
        var client = factory.CreateClient();
        var counter = factory.Services.GetRequiredService<SqlCommandCounter>();
        const string query = "query Inbox($first: Int!) { referrals(first: $first) { nodes { id jobSeeker { identity { lastName } social { followedByCpas } health { nonMobilisableFrom } } } } }";

        // With the SOCIAL and HEALTH scopes the operator's page reads those columns (the consent decides, per person).
        var full = await Tokens.GetAsync(client, Tokens.Isp);
        await client.PostGraphQLAsync(query, new { first = 5 }, full, operationName: "Inbox"); // warms the document cache
        counter.Reset();
        await client.PostGraphQLAsync(query, new { first = 5 }, full, operationName: "Inbox");
        var withScopes = Assert.Single(counter.Commands, c => c.StartsWith("SELECT", StringComparison.Ordinal));
        Assert.Contains("\"Social_FollowedByCpas\"", withScopes, StringComparison.Ordinal);
        Assert.Contains("\"Health_NonMobilisableFrom\"", withScopes, StringComparison.Ordinal);

        // Without them both are refused whoever the person is: FORBIDDEN at each path, and the page statement reads
        // neither their columns nor their consents, with no other statement for their facts.
        var narrow = await Tokens.GetAsync(client, Tokens.Isp, "referrals:read jobseeker:identity");
        await client.PostGraphQLAsync(query, new { first = 5 }, narrow, operationName: "Inbox"); // warms the document cache
        counter.Reset();
        var response = await client.PostGraphQLAsync(query, new { first = 5 }, narrow, operationName: "Inbox");
        Assert.Equal(Enumerable.Repeat("FORBIDDEN", 10), response.ErrorCodes);
        Assert.Equal(
            Enumerable.Range(0, 5).SelectMany(i => new[] { $"referrals.nodes.{i}.jobSeeker.social", $"referrals.nodes.{i}.jobSeeker.health" }).Order(),
            response.Errors.Select(e => string.Join('.', e!["path"]!.AsArray().Select(p => p!.ToString()))).Order());
        Assert.All(response.Data!["referrals"]!["nodes"]!.AsArray(), n => Assert.NotNull(n!["jobSeeker"]!["identity"]!["lastName"]));
        Assert.Equal(2, counter.Commands.Count); // the page and the access log (the identities read)
        var page = Assert.Single(counter.Commands, c => c.StartsWith("SELECT", StringComparison.Ordinal));
        Assert.DoesNotContain("\"Social_", page, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Health_", page, StringComparison.Ordinal);
        Assert.DoesNotContain("CoversSocial", page, StringComparison.Ordinal);
        Assert.DoesNotContain("CoversHealth", page, StringComparison.Ordinal);
    }

    /// <summary>100 referrals to the demo operator, once for the class (both tests read the newest 5, 50 or 100).</summary>
    private static async Task SeedAsync(WorkflowWorld world)
    {
        await Seeded.WaitAsync();
        try
        {
            if (seeded)
            {
                return;
            }

            var offers = new[] { await world.OfferAsync(), await world.OfferAsync() };
            for (var i = 0; i < 100; i++)
            {
                await world.ReferralAsync(offers[i % 2], (Domain.Referrals.ReferralStatus)(i % 9));
            }

            seeded = true;
        }
        finally
        {
            Seeded.Release();
        }
    }

    private static async Task<(int Statements, int Nodes, IReadOnlyList<string> Sql)> CountAsync(HttpClient client, string token, SqlCommandCounter counter, int first, string query)
    {
        counter.Reset();
        var response = (await client.PostGraphQLAsync(query, new { first }, token, operationName: "Inbox")).EnsureNoErrors();
        return (counter.Commands.Count, response.Data!["referrals"]!["nodes"]!.AsArray().Count, counter.Commands);
    }
}
