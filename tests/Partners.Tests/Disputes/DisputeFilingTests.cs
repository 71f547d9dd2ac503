using Partners.Domain.Common;
using Partners.Domain.Contracts;
using Partners.Domain.Disputes;
using Partners.Domain.Organisations;
using static Partners.Tests.Disputes.DisputeScenario;

namespace Partners.Tests.Disputes;

/// <summary>Who may file a dispute against whom: the Office and one operator with a cooperation contract.</summary>
public sealed class DisputeFilingTests
{
    private static readonly DisputeContract Contract = ContractWith(DisputeClause.Mediation);

    private static DisputeFilingResult File(NetworkActor filer, NetworkActor respondent, DisputeContract? contract = null, Region? region = null, string? representatives = null) =>
        DisputeFiling.File(
            new FileDispute(respondent.OrganisationId, respondent.Kind, "Sujet", "Description", region, representatives),
            contract, filer, Now);

    [Fact]
    public void The_Office_files_against_an_operator_it_has_a_contract_with()
    {
        var filing = File(Office, Operator, Contract);

        Assert.True(filing.IsAdmissible);
        Assert.Equal(DisputeStatus.Filed, filing.Dispute!.Status);
        Assert.Equal((Office.OrganisationId, Operator.OrganisationId, 50L), (filing.Dispute.FilerOrganisationId, filing.Dispute.RespondentOrganisationId, filing.Dispute.ContractId));
    }

    [Fact]
    public void An_operator_files_against_the_Office() => Assert.True(File(Operator, Office, Contract).IsAdmissible);

    [Fact]
    public void An_operator_cannot_file_against_another_operator() =>
        AssertRefused(File(Operator, OtherOperator, Contract), ErrorCodes.Validation, DisputeMessageKeys.RespondentNotAParty);

    [Fact]
    public void The_Office_cannot_file_against_an_operator_without_a_contract() =>
        AssertRefused(File(Office, OtherOperator, null), ErrorCodes.Validation, DisputeMessageKeys.RespondentNotAParty);

    [Fact]
    public void The_contract_must_be_the_one_with_the_operator_concerned() =>
        AssertRefused(File(Office, OtherOperator, Contract), ErrorCodes.Validation, DisputeMessageKeys.RespondentNotAParty);

    [Fact]
    public void The_Commission_does_not_file_disputes() =>
        AssertRefused(File(Commission, Operator, Contract), ErrorCodes.Forbidden, DisputeMessageKeys.FilerNotAParty);

    [Fact]
    public void A_sub_regional_dispute_names_its_directorate_and_invited_representatives()
    {
        var dispute = File(Operator, Office, Contract, Region.Liege, "Direction régionale de Liège").Dispute!;

        Assert.Equal(Region.Liege, dispute.Region);
        Assert.Equal("Direction régionale de Liège", dispute.InvitedRepresentatives);
    }

    [Fact]
    public void Representatives_are_invited_only_for_a_named_directorate() =>
        AssertRefused(File(Operator, Office, Contract, null, "Quelqu'un"), ErrorCodes.Validation, DisputeMessageKeys.RepresentativesNeedRegion);

    [Fact]
    public void A_dispute_without_subject_is_refused_and_nothing_is_recorded()
    {
        var filing = DisputeFiling.File(new FileDispute(Office.OrganisationId, Office.Kind, " ", "Description"), Contract, Operator, Now);

        AssertRefused(filing, ErrorCodes.Validation, DisputeMessageKeys.SubjectRequired);
    }

    private static void AssertRefused(DisputeFilingResult filing, string code, string messageKey)
    {
        Assert.False(filing.IsRecorded);
        var error = Assert.Single(filing.Errors);
        Assert.Equal(code, error.Code);
        Assert.Equal(messageKey, error.MessageKey);
    }
}
