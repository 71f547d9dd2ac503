using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Data.Infrastructure;
using Snapshooter.Xunit;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Referrals;

/// <summary>
/// No N+1: an operator's inbox (each referral with its offer, operator, history and the job seeker's identity and
/// pathway) costs the same number of SQL statements for 5 referrals as for 50.
/// </summary>
public sealed class InboxSqlTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string Inbox = """
        query Inbox($first: Int!) {
          referrals(first: $first) {
            nodes {
              id status overdue answerDueOn
              offer { title seatsLeft operator { name } }
              operator { name }
              jobSeeker { identity { lastName niss } pathway { targetGroups professionalObjectives } }
              history { to organisation { name } }
            }
          }
        }
        """;

    [Fact]
    public async Task An_inbox_of_50_costs_as_many_statements_as_an_inbox_of_5()
    {
        var world = new WorkflowWorld(factory);
        var offers = new[] { await world.OfferAsync(), await world.OfferAsync() };
        for (var i = 0; i < 50; i++)
        {
            await world.ReferralAsync(offers[i % 2], (Domain.Referrals.ReferralStatus)(i % 9));
        }

        var client = factory.CreateClient();
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        var counter = factory.Services.GetRequiredService<SqlCommandCounter>();
        await CountAsync(client, token, counter, 5); // warms the document cache and the token entry

        var five = await CountAsync(client, token, counter, 5);
        var logged = await world.WithDbAsync(db => db.AccessLog.CountAsync(e => e.Operation == "Inbox"));
        var fifty = await CountAsync(client, token, counter, 50);
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

    private static async Task<(int Statements, int Nodes, IReadOnlyList<string> Sql)> CountAsync(HttpClient client, string token, SqlCommandCounter counter, int first)
    {
        counter.Reset();
        var response = (await client.PostGraphQLAsync(Inbox, new { first }, token, operationName: "Inbox")).EnsureNoErrors();
        return (counter.Commands.Count, response.Data!["referrals"]!["nodes"]!.AsArray().Count, counter.Commands);
    }
}
