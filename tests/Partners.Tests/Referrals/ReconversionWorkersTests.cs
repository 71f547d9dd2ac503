using Microsoft.EntityFrameworkCore;
using Partners.Api.JobSeekers;
using Partners.Api.Offers;
using Partners.Api.Reconversion;
using Partners.Api.Seed;
using Partners.Domain.Common;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Referrals;

/// <summary>The Office names the workers a reconversion plan covers; only then may they be referred to the unit's offers.</summary>
public sealed class ReconversionWorkersTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string Cover = """
        mutation($plan: ID!, $workers: [ID!]!) {
          coverReconversionWorkers(input: { planId: $plan, jobSeekerIds: $workers }) { reconversionPlan { workerCount } errors { code field } }
        }
        """;

    private const string Refer = """
        mutation($j: ID!, $o: ID!) { referJobSeeker(input: { jobSeekerId: $j, offerId: $o, professionalObjective: "Aide-soignant" }) { referral { status } errors { code } } }
        """;

    [Fact]
    public async Task A_worker_the_Office_covers_becomes_eligible_for_the_units_offers()
    {
        var world = new WorkflowWorld(factory);
        var client = factory.CreateClient();
        var forem = await Tokens.GetAsync(client, Tokens.Forem);
        var worker = await world.JobSeekerAsync();
        var offer = WorkflowWorld.Id(OfferNode.TypeName, await world.OfferAsync(DemoOrganisations.ReconversionUnit));
        var plan = WorkflowWorld.Id(ReconversionPlanNode.TypeName, await world.WithDbAsync(db => db.ReconversionPlans.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync()));
        var variables = new { j = WorkflowWorld.Id(JobSeekerNode.TypeName, worker), o = offer };

        var before = (await client.PostGraphQLAsync(Refer, variables, forem)).EnsureNoErrors();
        Assert.Equal(ErrorCodes.NotEligible, before.Data!["referJobSeeker"]!["errors"]![0]!["code"]!.GetValue<string>());

        var covered = (await client.PostGraphQLAsync(Cover, new { plan, workers = new[] { variables.j } }, forem)).EnsureNoErrors();
        Assert.Empty(covered.Data!["coverReconversionWorkers"]!["errors"]!.AsArray());

        var after = (await client.PostGraphQLAsync(Refer, variables, forem)).EnsureNoErrors();
        Assert.Equal("SENT", after.Data!["referJobSeeker"]!["referral"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_the_Office_covers_workers_and_unknown_people_are_not_found()
    {
        var world = new WorkflowWorld(factory);
        var client = factory.CreateClient();
        var plan = WorkflowWorld.Id(ReconversionPlanNode.TypeName, await world.WithDbAsync(db => db.ReconversionPlans.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync()));
        var stranger = WorkflowWorld.Id(JobSeekerNode.TypeName, 987_654);

        var byUnitPeer = await client.PostGraphQLAsync(Cover, new { plan, workers = new[] { stranger } }, await Tokens.GetAsync(client, Tokens.Isp));
        Assert.Equal([ErrorCodes.Forbidden], byUnitPeer.ErrorCodes);

        var unknown = (await client.PostGraphQLAsync(Cover, new { plan, workers = new[] { stranger } }, await Tokens.GetAsync(client, Tokens.Forem))).EnsureNoErrors();
        var error = unknown.Data!["coverReconversionWorkers"]!["errors"]![0]!;
        Assert.Equal((ErrorCodes.NotFound, "input.jobSeekerIds"), (error["code"]!.GetValue<string>(), error["field"]!.GetValue<string>()));
    }
}
