using Microsoft.EntityFrameworkCore;
using Partners.Domain.Common;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Accompaniment;

/// <summary>The action plan (art. 2 10°, 7–8, 13 8°): versions, each party's commitments, the copy's day, and the objectives a referral may serve.</summary>
[Collection(AccompanimentCollection.Name)]
public sealed class ActionPlanTests(AccompanimentApiFactory factory)
{
    private const string Plan = "query($j: ID!) { jobSeeker(id: $j) { pathway { professionalObjectives actionPlan { version copyReceivedOn objectives actions { description deadline party } commitments { party text } } actionPlanVersions { nodes { version } } } } }";
    private readonly WorkflowWorld world = new(factory);
    private readonly AccompanimentApi api = new(factory);

    [Fact]
    public async Task Each_recording_is_a_new_version_whose_objectives_become_the_current_ones()
    {
        var person = await world.JobSeekerAsync();
        AccompanimentApi.NoErrors(await api.RecordPlanAsync(person, ["Cariste"]));
        var second = await api.RecordPlanAsync(person, ["Magasinier", "Cariste"], copyReceivedOn: Today());
        AccompanimentApi.NoErrors(second);
        Assert.Equal(2, second["actionPlan"]!["version"]!.GetValue<int>());

        var pathway = (await api.QueryAsync(Tokens.Forem, Plan, new { j = AccompanimentApi.JobSeekerId(person) }))["jobSeeker"]!["pathway"]!;
        Assert.Equal(["Magasinier", "Cariste"], pathway["professionalObjectives"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Equal(2, pathway["actionPlan"]!["version"]!.GetValue<int>());
        Assert.Equal(Today(), pathway["actionPlan"]!["copyReceivedOn"]!.GetValue<string>());
        Assert.Equal("JOB_SEEKER", pathway["actionPlan"]!["actions"]![0]!["party"]!.GetValue<string>());
        Assert.Equal([1, 2], pathway["actionPlanVersions"]!["nodes"]!.AsArray().Select(v => v!["version"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_referral_serves_an_objective_of_the_current_plan_and_no_other()
    {
        var person = await world.JobSeekerAsync();
        var offer = await world.OfferAsync();
        AccompanimentApi.NoErrors(await api.RecordPlanAsync(person, ["Cariste"]));

        var refused = await api.ReferAsync(person, offer, "Pilote de ligne");
        Assert.Equal((ErrorCodes.Validation, "input.professionalObjective"), AccompanimentApi.FirstError(refused));
        // The objective of the first plan, replaced by this one, is no longer served either.
        Assert.Equal(ErrorCodes.Validation, AccompanimentApi.FirstError(await api.ReferAsync(person, offer, "Aide-soignant")).Code);
        Assert.False(await world.WithDbAsync(db => db.Referrals.AnyAsync(r => r.JobSeekerId == person)));

        AccompanimentApi.NoErrors(await api.ReferAsync(person, offer, "cariste"));
    }

    [Fact]
    public async Task A_plan_states_the_commitments_of_the_person_and_of_the_office()
    {
        var person = await world.JobSeekerAsync();
        var refused = await api.RecordPlanAsync(person, ["Cariste"], commitments: [("JOB_SEEKER", "Suivre la formation")]);
        Assert.Equal((ErrorCodes.Validation, "input.commitments"), AccompanimentApi.FirstError(refused));
        Assert.Equal(ErrorCodes.Validation, AccompanimentApi.FirstError(await api.RecordPlanAsync(person, [])).Code);
        Assert.False(await world.WithDbAsync(db => db.ActionPlans.AnyAsync(p => p.JobSeekerId == person)));
    }

    [Fact]
    public async Task A_plan_and_its_copy_are_not_dated_in_the_future_nor_the_copy_before_the_plan()
    {
        var person = await world.JobSeekerAsync();
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1).ToString("yyyy-MM-dd");
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd");
        Assert.Equal((ErrorCodes.Validation, "input.drawnUpOn"), AccompanimentApi.FirstError(await api.RecordPlanAsync(person, ["Cariste"], drawnUpOn: tomorrow)));
        Assert.Equal((ErrorCodes.Validation, "input.copyReceivedOn"), AccompanimentApi.FirstError(await api.RecordPlanAsync(person, ["Cariste"], copyReceivedOn: tomorrow)));
        Assert.Equal((ErrorCodes.Validation, "input.copyReceivedOn"), AccompanimentApi.FirstError(await api.RecordPlanAsync(person, ["Cariste"], copyReceivedOn: yesterday)));
    }

    [Fact]
    public async Task An_operator_does_not_record_a_plan()
    {
        var person = await world.JobSeekerAsync();
        var response = await WorkflowWorld.PostAsync(api.Http, await api.TokenAsync(Tokens.Isp), AccompanimentApi.RecordPlanDocument, AccompanimentApi.PlanVariables(person, ["Cariste"]));
        Assert.Contains(ErrorCodes.Forbidden, response.ErrorCodes);
    }

    private static string Today() => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");
}
