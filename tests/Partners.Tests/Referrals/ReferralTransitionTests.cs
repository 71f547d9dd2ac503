using Partners.Api.Referrals;
using Partners.Domain.Common;
using Partners.Domain.Referrals;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Referrals;

/// <summary>
/// domain.md's referral table through /graphql: every (state, move) pair, made by the party the table names and by
/// the other party. Allowed moves land in the target state with a history entry; every other is refused with
/// INVALID_TRANSITION (not in the table) or FORBIDDEN (the other party's move), and nothing changes.
/// </summary>
public sealed class ReferralTransitionTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly WorkflowWorld world = new(factory);

    public static TheoryData<ReferralStatus, ReferralStatus> Pairs()
    {
        var data = new TheoryData<ReferralStatus, ReferralStatus>();
        foreach (var from in Enum.GetValues<ReferralStatus>())
        {
            foreach (var to in Enum.GetValues<ReferralStatus>().Where(s => s != ReferralStatus.Sent))
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task Each_move_is_allowed_to_the_party_of_the_table_and_refused_otherwise(ReferralStatus from, ReferralStatus to)
    {
        var offer = await world.OfferAsync(capacity: 5);
        var client = factory.CreateClient();
        var entry = ReferralStateMachine.Table.Single(t => t.To == to);
        var allowed = entry.From.Contains(from);
        var rightParty = entry.SetBy == ReferralParty.ReceivingOperator ? Tokens.Isp : Tokens.Forem;
        var wrongParty = entry.SetBy == ReferralParty.ReceivingOperator ? Tokens.Forem : Tokens.Isp;

        // The other party never makes this move, whatever the state.
        var referral = await world.ReferralAsync(offer, from);
        var refused = await MoveAsync(client, await Tokens.GetAsync(client, wrongParty), referral, to);
        Assert.Equal(allowed ? ErrorCodes.Forbidden : ErrorCodes.InvalidTransition, refused);
        Assert.Equal(from, (await world.LoadReferralAsync(referral)).Status);

        // The party of the table makes it exactly from the states the table lists.
        var historyBefore = (await world.LoadReferralAsync(referral)).History.Count;
        var outcome = await MoveAsync(client, await Tokens.GetAsync(client, rightParty), referral, to);
        var after = await world.LoadReferralAsync(referral);
        if (from == to)
        {
            // The same move again is a retry: answered with the current state, nothing written twice.
            Assert.Null(outcome);
            Assert.Equal(from, after.Status);
            Assert.Equal(historyBefore, after.History.Count);
        }
        else if (allowed)
        {
            Assert.Null(outcome);
            Assert.Equal(to, after.Status);
            var last = after.History.OrderBy(h => h.Id).Last();
            Assert.Equal((from, to), (last.From!.Value, last.To));
        }
        else
        {
            Assert.Equal(ErrorCodes.InvalidTransition, outcome);
            Assert.Equal(from, after.Status);
        }
    }

    /// <summary>Makes the mutation that leads to <paramref name="to"/>; returns the first error code, or null.</summary>
    internal static async Task<string?> MoveAsync(HttpClient client, string token, long referralId, ReferralStatus to)
    {
        var id = WorkflowWorld.Id(ReferralNode.TypeName, referralId);
        var (field, input) = to switch
        {
            ReferralStatus.Received => ("acknowledgeReferral", "{ referralId: $id }"),
            ReferralStatus.Accepted => ("recordCandidacyResult", "{ referralId: $id, decision: ACCEPTED, motivation: \"ok\" }"),
            ReferralStatus.Refused => ("recordCandidacyResult", "{ referralId: $id, decision: REFUSED, refusalReason: NO_SEATS, motivation: \"complet\" }"),
            ReferralStatus.Waitlisted => ("recordCandidacyResult", "{ referralId: $id, decision: WAITLISTED, motivation: \"attente\" }"),
            ReferralStatus.InProgress => ("startService", "{ referralId: $id }"),
            ReferralStatus.Completed => ("completeService", "{ referralId: $id, outcome: COMPLETED, evaluation: { attainment: REACHED, summary: \"ok\", agreedWithJobSeeker: true } }"),
            ReferralStatus.Abandoned => ("completeService", "{ referralId: $id, outcome: ABANDONED, evaluation: { attainment: NOT_REACHED, summary: \"ok\", agreedWithJobSeeker: true } }"),
            _ => ("cancelReferral", "{ referralId: $id, reason: \"plus nécessaire\" }"),
        };
        var response = await client.PostGraphQLAsync(
            $"mutation($id: ID!) {{ {field}(input: {input}) {{ referral {{ status }} errors {{ code field message }} }} }}", new { id }, token);
        response.EnsureNoErrors();
        var errors = response.Data![field]!["errors"]!.AsArray();
        return errors.Count == 0 ? null : errors[0]!["code"]!.GetValue<string>();
    }
}
