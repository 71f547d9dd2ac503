using Microsoft.EntityFrameworkCore;
using Partners.Api.JobSeekers;
using Partners.Api.Offers;
using Partners.Api.Referrals;
using Partners.Domain.Common;
using Partners.Domain.Referrals;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Referrals;

/// <summary>Retries are safe (issue #4 §5): a lost answer re-sent neither duplicates nor fails.</summary>
public sealed class ReferralRetryTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string Refer = """
        mutation($jobSeeker: ID!, $offer: ID!, $objective: String!) {
          referJobSeeker(input: { jobSeekerId: $jobSeeker, offerId: $offer, professionalObjective: $objective }) {
            referral { id status } errors { code field }
          }
        }
        """;

    private readonly WorkflowWorld world = new(factory);

    private async Task<(string Token, object Variables, long JobSeeker)> ArrangeAsync()
    {
        var client = factory.CreateClient();
        var jobSeeker = await world.JobSeekerAsync();
        var variables = new
        {
            jobSeeker = WorkflowWorld.Id(JobSeekerNode.TypeName, jobSeeker),
            offer = WorkflowWorld.Id(OfferNode.TypeName, await world.OfferAsync()),
            objective = "Aide-soignant",
        };
        return (await Tokens.GetAsync(client, Tokens.Forem), variables, jobSeeker);
    }

    private Task<int> ReferralsOfAsync(long jobSeeker) => world.WithDbAsync(db => db.Referrals.CountAsync(r => r.JobSeekerId == jobSeeker));

    [Fact]
    public async Task The_same_idempotency_key_answers_the_first_result_and_writes_once()
    {
        var (token, variables, jobSeeker) = await ArrangeAsync();
        var client = factory.CreateClient();
        var first = (await WorkflowWorld.PostAsync(client, token, Refer, variables, "retry-key-1")).EnsureNoErrors();
        var second = (await WorkflowWorld.PostAsync(client, token, Refer, variables, "retry-key-1")).EnsureNoErrors();

        var id = first.Data!["referJobSeeker"]!["referral"]!["id"]!.GetValue<string>();
        Assert.Equal(id, second.Data!["referJobSeeker"]!["referral"]!["id"]!.GetValue<string>());
        Assert.Empty(second.Data!["referJobSeeker"]!["errors"]!.AsArray());
        Assert.Equal(1, await ReferralsOfAsync(jobSeeker));
    }

    [Fact]
    public async Task A_retry_writing_the_same_input_in_another_field_order_is_the_same_request()
    {
        var (token, variables, jobSeeker) = await ArrangeAsync();
        var client = factory.CreateClient();
        const string Reordered = """
            mutation($jobSeeker: ID!, $offer: ID!, $objective: String!) {
              referJobSeeker(input: { professionalObjective: $objective, offerId: $offer, jobSeekerId: $jobSeeker }) {
                referral { id status } errors { code field }
              }
            }
            """;
        var first = (await WorkflowWorld.PostAsync(client, token, Refer, variables, "retry-key-order")).EnsureNoErrors();
        var retried = (await WorkflowWorld.PostAsync(client, token, Reordered, variables, "retry-key-order")).EnsureNoErrors();

        Assert.Empty(retried.Data!["referJobSeeker"]!["errors"]!.AsArray());
        Assert.Equal(first.Data!["referJobSeeker"]!["referral"]!["id"]!.GetValue<string>(), retried.Data!["referJobSeeker"]!["referral"]!["id"]!.GetValue<string>());
        Assert.Equal(1, await ReferralsOfAsync(jobSeeker));
    }

    [Fact]
    public async Task An_idempotency_key_reused_for_another_input_is_refused()
    {
        var (token, variables, _) = await ArrangeAsync();
        var client = factory.CreateClient();
        (await WorkflowWorld.PostAsync(client, token, Refer, variables, "retry-key-2")).EnsureNoErrors();
        var (_, other, otherJobSeeker) = await ArrangeAsync();
        var reused = (await WorkflowWorld.PostAsync(client, token, Refer, other, "retry-key-2", language: "en")).EnsureNoErrors();

        var error = reused.Data!["referJobSeeker"]!["errors"]![0]!;
        Assert.Equal(ErrorCodes.IdempotencyKeyReused, error["code"]!.GetValue<string>());
        Assert.Equal("Idempotency-Key", error["field"]!.GetValue<string>());
        Assert.Equal(0, await ReferralsOfAsync(otherJobSeeker));
    }

    [Fact]
    public async Task Concurrent_retries_with_one_key_create_one_referral()
    {
        var (token, variables, jobSeeker) = await ArrangeAsync();
        var client = factory.CreateClient();
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => WorkflowWorld.PostAsync(client, token, Refer, variables, "retry-key-3")));

        Assert.All(answers, a => a.EnsureNoErrors());
        Assert.Single(answers.Select(a => a.Data!["referJobSeeker"]!["referral"]?["id"]?.GetValue<string>()).Where(id => id is not null).Distinct());
        Assert.Equal(1, await ReferralsOfAsync(jobSeeker));
    }

    [Fact]
    public async Task Without_a_key_the_same_referral_again_answers_the_open_one()
    {
        var (token, variables, jobSeeker) = await ArrangeAsync();
        var client = factory.CreateClient();
        var first = await WorkflowWorld.PostAsync(client, token, Refer, variables);
        var again = await WorkflowWorld.PostAsync(client, token, Refer, variables);

        Assert.Equal(first.Data!["referJobSeeker"]!["referral"]!["id"]!.GetValue<string>(), again.Data!["referJobSeeker"]!["referral"]!["id"]!.GetValue<string>());
        Assert.Equal(1, await ReferralsOfAsync(jobSeeker));
    }

    [Fact]
    public async Task An_acknowledgement_sent_twice_answers_the_current_state_with_one_history_entry()
    {
        var referral = await world.ReferralAsync(await world.OfferAsync());
        var client = factory.CreateClient();
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        Assert.Null(await ReferralTransitionTests.MoveAsync(client, token, referral, ReferralStatus.Received));
        Assert.Null(await ReferralTransitionTests.MoveAsync(client, token, referral, ReferralStatus.Received));

        var stored = await world.LoadReferralAsync(referral);
        Assert.Equal(ReferralStatus.Received, stored.Status);
        Assert.Single(stored.History, h => h.To == ReferralStatus.Received);
    }

    [Fact]
    public async Task Two_clerks_answering_at_once_one_wins_and_the_record_stays_whole()
    {
        var offer = await world.OfferAsync(capacity: 5);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var referral = await world.ReferralAsync(offer, ReferralStatus.Received);
            var client = factory.CreateClient();
            var token = await Tokens.GetAsync(client, Tokens.Isp);
            var outcomes = await Task.WhenAll(
                ReferralTransitionTests.MoveAsync(client, token, referral, ReferralStatus.Accepted),
                ReferralTransitionTests.MoveAsync(client, token, referral, ReferralStatus.Refused));

            Assert.Single(outcomes, o => o is null);
            Assert.Single(outcomes, o => o is ErrorCodes.ConcurrencyConflict or ErrorCodes.InvalidTransition);
            var stored = await world.LoadReferralAsync(referral);
            Assert.Single(stored.History, h => h.From == ReferralStatus.Received);
            Assert.Equal(stored.History.Single(h => h.From == ReferralStatus.Received).To, stored.Status);
            Assert.Equal(stored.Status == ReferralStatus.Accepted ? CandidacyDecision.Accepted : CandidacyDecision.Refused, stored.CandidacyResult!.Decision);
        }
    }
}
