using Microsoft.EntityFrameworkCore;
using Partners.Api.Seed;
using Partners.Domain.Common;
using Partners.Domain.Referrals;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Referrals;

/// <summary>The demo network is worth exploring: 50+ job seekers with valid NISS, referrals in every state.</summary>
public sealed class WorkflowSeedTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly WorkflowWorld world = new(factory);

    [Fact]
    public async Task The_demo_seed_has_50_job_seekers_with_valid_NISS_including_people_born_from_2000()
    {
        var niss = await world.WithDbAsync(db => db.JobSeekers.Select(j => j.Niss).ToListAsync());
        var demo = DemoJobSeekers.All.Select(p => p.Niss).ToHashSet();
        Assert.True(demo.Count >= 50);
        Assert.Subset(niss.ToHashSet(), demo);
        Assert.All(demo, n => Assert.True(Checksums.IsValidNiss(n), n));
        Assert.Contains(DemoJobSeekers.All, p => p.BirthDate.Year >= 2000);
    }

    [Fact]
    public async Task The_demo_seed_has_referrals_in_every_state_with_their_history_and_some_overdue()
    {
        var referrals = await world.WithDbAsync(db => db.Referrals.AsNoTracking().Include(r => r.History).ToListAsync());
        Assert.Equal(Enum.GetValues<ReferralStatus>().ToHashSet(), referrals.Select(r => r.Status).ToHashSet());
        Assert.All(referrals, r => Assert.Equal(r.Status, r.History.OrderBy(h => h.Id).Last().To));
        Assert.Contains(referrals, r => r.Overdue(DateOnly.FromDateTime(DateTime.UtcNow)));

        // isp-demo's inbox alone is worth exploring: every state, and answers overdue.
        var isp = await world.OrganisationIdAsync(DemoOrganisations.IspWithClause);
        var inbox = referrals.Where(r => r.OperatorOrganisationId == isp).ToList();
        Assert.Equal(Enum.GetValues<ReferralStatus>().ToHashSet(), inbox.Select(r => r.Status).ToHashSet());
        Assert.Contains(inbox, r => r.Overdue(DateOnly.FromDateTime(DateTime.UtcNow)));
    }

    [Fact]
    public async Task The_NISS_check_refuses_a_bad_number_at_registration()
    {
        var client = factory.CreateClient();
        var response = (await client.PostGraphQLAsync(
            "mutation { registerJobSeeker(input: { niss: \"85071412331\", firstName: \"A\", lastName: \"B\", birthDate: \"1985-07-14\" }) { jobSeeker { id } errors { code field } } }",
            token: await Tokens.GetAsync(client, Tokens.Forem))).EnsureNoErrors();
        var error = response.Data!["registerJobSeeker"]!["errors"]![0]!;
        Assert.Equal((ErrorCodes.InvalidNiss, "input.niss"), (error["code"]!.GetValue<string>(), error["field"]!.GetValue<string>()));

        var valid = WorkflowWorld.NextNiss();
        var ok = (await client.PostGraphQLAsync(
            "mutation($niss: String!, $born: Date!) { registerJobSeeker(input: { niss: $niss, firstName: \"A\", lastName: \"B\", birthDate: $born }) { jobSeeker { identity { niss } } errors { code } } }",
            new { niss = valid, born = WorkflowWorld.BirthDateOf(valid) }, await Tokens.GetAsync(client, Tokens.Forem))).EnsureNoErrors();
        Assert.Equal(valid, ok.Data!["registerJobSeeker"]!["jobSeeker"]!["identity"]!["niss"]!.GetValue<string>());
    }
}
