using Partners.Api.JobSeekers;
using Partners.Api.Offers;
using Partners.Api.Seed;
using Partners.Domain.Common;
using Partners.Domain.Contracts;
using Partners.Domain.Offers;
using Partners.Domain.Reconversion;
using Microsoft.EntityFrameworkCore;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Referrals;

/// <summary>Eligibility at referral time (art. 13 5°), each rule through referJobSeeker.</summary>
public sealed class ReferralEligibilityApiTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string Refer = """
        mutation($jobSeeker: ID!, $offer: ID!) {
          referJobSeeker(input: { jobSeekerId: $jobSeeker, offerId: $offer, professionalObjective: "Aide-soignant" }) {
            referral { id status referredToWaitingList answerDueOn overdue history { nodes { from to clientId } } }
            errors { code field message }
          }
        }
        """;

    private readonly WorkflowWorld world = new(factory);

    private async Task<System.Text.Json.Nodes.JsonNode> ReferAsync(long jobSeeker, long offer, string client = Tokens.Forem, string? language = null)
    {
        var http = factory.CreateClient();
        var response = await http.PostGraphQLAsync(Refer,
            new { jobSeeker = WorkflowWorld.Id(JobSeekerNode.TypeName, jobSeeker), offer = WorkflowWorld.Id(OfferNode.TypeName, offer) },
            await Tokens.GetAsync(http, client), language: language);
        return response.EnsureNoErrors().Data!["referJobSeeker"]!;
    }

    private static string? FirstCode(System.Text.Json.Nodes.JsonNode payload) =>
        payload["errors"]!.AsArray().FirstOrDefault()?["code"]?.GetValue<string>();

    [Fact]
    public async Task An_eligible_referral_is_sent_with_its_answer_period_and_first_history_entry()
    {
        var payload = await ReferAsync(await world.JobSeekerAsync(), await world.OfferAsync());
        Assert.Empty(payload["errors"]!.AsArray());
        Assert.Equal("SENT", payload["referral"]!["status"]!.GetValue<string>());
        Assert.False(payload["referral"]!["overdue"]!.GetValue<bool>());
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(15).ToString("yyyy-MM-dd"), payload["referral"]!["answerDueOn"]!.GetValue<string>());
        var history = payload["referral"]!["history"]!["nodes"]!.AsArray().Single()!;
        Assert.Null(history["from"]);
        Assert.Equal(("SENT", Tokens.Forem), (history["to"]!.GetValue<string>(), history["clientId"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(OfferStatus.Draft)]
    [InlineData(OfferStatus.Suspended)]
    [InlineData(OfferStatus.Archived)]
    public async Task An_offer_that_is_not_published_is_not_eligible(OfferStatus status)
    {
        var payload = await ReferAsync(await world.JobSeekerAsync(), await world.OfferAsync(status: status));
        Assert.Equal(ErrorCodes.NotEligible, FirstCode(payload));
        Assert.Null(payload["referral"]);
    }

    [Theory]
    [InlineData(ContractStatus.Suspended)]
    [InlineData(ContractStatus.Terminated)]
    public async Task An_operator_whose_contract_is_not_active_is_not_eligible(ContractStatus status)
    {
        var offer = await world.OfferAsync(DemoOrganisations.IspThird);
        await world.WithDbAsync(db => db.CooperationContracts.Where(c => db.Offers.Any(o => o.Id == offer && o.ContractId == c.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, status)));
        try
        {
            var payload = await ReferAsync(await world.JobSeekerAsync(), offer, language: "en");
            Assert.Equal(ErrorCodes.NotEligible, FirstCode(payload));
            Assert.Equal("The operator's cooperation contract is not active.", payload["errors"]![0]!["message"]!.GetValue<string>());
        }
        finally
        {
            await world.WithDbAsync(db => db.CooperationContracts.Where(c => db.Offers.Any(o => o.Id == offer && o.ContractId == c.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ContractStatus.Active)));
        }
    }

    [Fact]
    public async Task A_restricted_offer_takes_only_its_target_groups()
    {
        var offer = await world.OfferAsync(targetGroups: "LOW_QUALIFIED");
        var outsider = await ReferAsync(await world.JobSeekerAsync(null, "NEWCOMERS"), offer);
        Assert.Equal(ErrorCodes.NotEligible, FirstCode(outsider));
        Assert.Equal("Le demandeur d'emploi ne remplit pas les conditions d'accès de l'offre.", outsider["errors"]![0]!["message"]!.GetValue<string>());
        var member = await ReferAsync(await world.JobSeekerAsync(null, "LOW_QUALIFIED"), offer);
        Assert.Empty(member["errors"]!.AsArray());
    }

    [Fact]
    public async Task An_offer_without_seats_still_takes_the_referral_for_its_waiting_list()
    {
        var payload = await ReferAsync(await world.JobSeekerAsync(), await world.OfferAsync(capacity: 0));
        Assert.Empty(payload["errors"]!.AsArray());
        Assert.True(payload["referral"]!["referredToWaitingList"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_reconversion_unit_takes_only_the_workers_its_running_plan_covers()
    {
        var offer = await world.OfferAsync(DemoOrganisations.ReconversionUnit);
        var covered = await world.JobSeekerAsync();
        var notCovered = await world.JobSeekerAsync();
        var coveredLater = await world.JobSeekerAsync();
        await world.WithDbAsync(async db =>
        {
            var unit = await db.Organisations.Where(o => o.Name == DemoOrganisations.ReconversionUnit).Select(o => o.Id).SingleAsync();
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var running = ReconversionPlan.Create(unit, "Verlaine Test SA", "0450123451", today.AddMonths(-1), today.AddMonths(11)).Value!;
            running.Cover(covered);
            var future = ReconversionPlan.Create(unit, "Verlaine Futur SA", "0450123451", today.AddMonths(1), today.AddMonths(13)).Value!;
            future.Cover(coveredLater);
            db.ReconversionPlans.AddRange(running, future);
            return await db.SaveChangesAsync();
        });

        Assert.Empty((await ReferAsync(covered, offer))["errors"]!.AsArray());
        Assert.Equal(ErrorCodes.NotEligible, FirstCode(await ReferAsync(notCovered, offer)));
        Assert.Equal(ErrorCodes.NotEligible, FirstCode(await ReferAsync(coveredLater, offer)));
    }

    [Theory]
    [InlineData(Tokens.Isp)]
    [InlineData(Tokens.CpasLiege)]
    public async Task An_operator_cannot_create_a_referral(string client)
    {
        var http = factory.CreateClient();
        var response = await http.PostGraphQLAsync(Refer,
            new { jobSeeker = WorkflowWorld.Id(JobSeekerNode.TypeName, await world.JobSeekerAsync()), offer = WorkflowWorld.Id(OfferNode.TypeName, await world.OfferAsync()) },
            await Tokens.GetAsync(http, client));
        Assert.Equal([ErrorCodes.Forbidden], response.ErrorCodes);
        Assert.Null(response.Data?["referJobSeeker"]);
    }

    [Fact]
    public async Task Unknown_ids_are_not_found_and_nothing_is_written()
    {
        var before = await world.WithDbAsync(db => db.Referrals.CountAsync());
        var payload = await ReferAsync(999_999, await world.OfferAsync());
        Assert.Equal((ErrorCodes.NotFound, "input.jobSeekerId"), (FirstCode(payload), payload["errors"]![0]!["field"]!.GetValue<string>()));
        Assert.Equal(before, await world.WithDbAsync(db => db.Referrals.CountAsync()));
    }
}
