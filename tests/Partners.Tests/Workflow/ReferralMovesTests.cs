using Partners.Domain.Common;
using Partners.Domain.Referrals;
using static Partners.Tests.Workflow.WorkflowFixtures;

namespace Partners.Tests.Workflow;

/// <summary>The same table, through the referral's own methods: a move either succeeds and writes history, or changes nothing.</summary>
public sealed class ReferralMovesTests
{
    public static TheoryData<ReferralStatus, ReferralStatus, ReferralParty, string> Moves()
    {
        var data = new TheoryData<ReferralStatus, ReferralStatus, ReferralParty, string>();
        foreach (var (from, to, by) in ReferralStateMachineTests.AllowedMoves().Select(r => ((ReferralStatus)r[0], (ReferralStatus)r[1], (ReferralParty)r[2])))
        {
            data.Add(from, to, by, "");
        }

        foreach (var row in ReferralStateMachineTests.RefusedMoves().Where(r => (ReferralStatus)r[1] != ReferralStatus.Sent))
        {
            data.Add((ReferralStatus)row[0], (ReferralStatus)row[1], (ReferralParty)row[2], (string)row[3]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Moves))]
    public void A_referral_moves_only_as_the_table_says(ReferralStatus from, ReferralStatus to, ReferralParty by, string code)
    {
        var referral = Referral(from);
        var (historyBefore, versionBefore) = (referral.History.Count, referral.Version);

        var moved = Apply(referral, to, by == ReferralParty.ReferringSide ? Counsellor : Operator);

        if (code.Length == 0)
        {
            Assert.True(moved.IsSuccess, string.Join(", ", moved.Errors));
            Assert.Equal(to, referral.Status);
            Assert.Equal((from, to), (referral.History[^1].From, referral.History[^1].To));
            Assert.Equal(versionBefore + 1, referral.Version);
        }
        else
        {
            Assert.Equal(code, moved.Errors.Single().Code);
            Assert.Equal(from, referral.Status);
            Assert.Equal((historyBefore, versionBefore), (referral.History.Count, referral.Version));
        }
    }

    private static Result<Referral> Apply(Referral referral, ReferralStatus to, ReferralActor actor)
    {
        var evaluation = new ServiceEvaluation { Attainment = ObjectiveAttainment.PartlyReached, Summary = "Bilan", AgreedWithJobSeeker = true };
        return to switch
        {
            ReferralStatus.Received => referral.Acknowledge(actor, Now),
            ReferralStatus.Accepted => referral.RecordCandidacyResult(actor, CandidacyDecision.Accepted, null, "ok", null, Now),
            ReferralStatus.Refused => referral.RecordCandidacyResult(actor, CandidacyDecision.Refused, RefusalReason.Other, "non", null, Now),
            ReferralStatus.Waitlisted => referral.RecordCandidacyResult(actor, CandidacyDecision.Waitlisted, null, "attente", null, Now),
            ReferralStatus.InProgress => referral.StartService(actor, Today, Now),
            ReferralStatus.Completed => referral.Complete(actor, ServiceOutcome.Completed, Today, evaluation, Now),
            ReferralStatus.Abandoned => referral.Complete(actor, ServiceOutcome.Abandoned, Today, evaluation, Now),
            ReferralStatus.Cancelled => referral.Cancel(actor, "raison", Now),
            _ => throw new ArgumentOutOfRangeException(nameof(to)),
        };
    }
}
