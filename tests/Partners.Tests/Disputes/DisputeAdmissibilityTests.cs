using Partners.Domain.Common;
using Partners.Domain.Contracts;
using Partners.Domain.Disputes;
using static Partners.Tests.Disputes.DisputeScenario;

namespace Partners.Tests.Disputes;

/// <summary>The Commission mediates and arbitrates only where the cooperation contract provides it (Art. 16 §2 4°).</summary>
public sealed class DisputeAdmissibilityTests
{
    [Fact]
    public void Without_a_commission_clause_the_dispute_is_recorded_as_inadmissible_and_the_filing_says_why()
    {
        var filing = OperatorFiles(DisputeClause.None);

        Assert.True(filing.IsRecorded);
        Assert.False(filing.IsAdmissible);
        Assert.Equal(DisputeStatus.Inadmissible, filing.Dispute!.Status);
        Assert.Equal(DisputeInadmissibleReason.NoCommissionClause, filing.Dispute.InadmissibleReason);
        var error = Assert.Single(filing.Errors);
        Assert.Equal(ErrorCodes.NoCommissionClause, error.Code);
        Assert.Equal(DisputeMessageKeys.NoCommissionClause, error.MessageKey);
        Assert.Equal(DisputeStatus.Inadmissible, Assert.Single(filing.Dispute.History).To);
    }

    [Fact]
    public void An_inadmissible_dispute_cannot_be_mediated()
    {
        var dispute = OperatorFiles(DisputeClause.None).Dispute!;

        Assert.Equal(ErrorCodes.InvalidTransition, Assert.Single(dispute.StartMediation(Commission, Now).Errors).Code);
    }

    [Fact]
    public void A_mediation_clause_opens_mediation_but_not_arbitration()
    {
        var filing = OperatorFiles(DisputeClause.Mediation);
        var dispute = filing.Dispute!;

        Assert.True(filing.IsAdmissible);
        Assert.True(dispute.StartMediation(Commission, Now).IsSuccess);
        var refused = Assert.Single(dispute.ReferToArbitration(Commission, DisputeClause.Mediation, Now).Errors);
        Assert.Equal(ErrorCodes.NoCommissionClause, refused.Code);
        Assert.Equal(DisputeMessageKeys.NoArbitrationClause, refused.MessageKey);
        Assert.Equal(DisputeStatus.InMediation, dispute.Status);
        Assert.True(dispute.Settle(Commission, "Accord.", Now).IsSuccess);
    }

    [Fact]
    public void A_mediation_and_arbitration_clause_opens_arbitration_up_to_a_decision()
    {
        var filing = OperatorFiles(DisputeClause.MediationAndArbitration);
        var dispute = filing.Dispute!;

        Assert.True(filing.IsAdmissible);
        Assert.True(dispute.StartMediation(Commission, Now).IsSuccess);
        Assert.True(dispute.ReferToArbitration(Commission, DisputeClause.MediationAndArbitration, Now).IsSuccess);
        Assert.True(dispute.Decide(Commission, "Décision.", Now).IsSuccess);
        Assert.Equal(DisputeStatus.Decided, dispute.Status);
        Assert.Equal(DisputeClause.MediationAndArbitration, dispute.ClauseAtFiling);
    }

    [Fact]
    public void Arbitration_follows_the_clause_of_the_contract_as_it_stands_today()
    {
        var dispute = In(DisputeStatus.InMediation);

        Assert.Equal(ErrorCodes.NoCommissionClause, Assert.Single(dispute.ReferToArbitration(Commission, DisputeClause.None, Now).Errors).Code);
    }
}
