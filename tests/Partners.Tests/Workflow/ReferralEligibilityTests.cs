using Partners.Domain.Common;
using Partners.Domain.Contracts;
using Partners.Domain.Offers;
using Partners.Domain.Organisations;
using Partners.Domain.Reconversion;
using Partners.Domain.Referrals;
using static Partners.Tests.Workflow.WorkflowFixtures;

namespace Partners.Tests.Workflow;

/// <summary>Eligibility at referral time (decree Art. 13 5°; decree of 29 January 2004 for reconversion units).</summary>
public sealed class ReferralEligibilityTests
{
    private readonly ReferralEligibility eligibility = new(new FixedClock(Now));

    [Fact]
    public void A_job_seeker_may_be_referred_to_a_published_offer_under_an_active_contract()
    {
        var verdict = eligibility.Check(Request());

        Assert.True(verdict.IsSuccess);
        Assert.False(verdict.Value!.GoesToWaitingList);
    }

    [Theory]
    [InlineData(OfferStatus.Draft)]
    [InlineData(OfferStatus.Suspended)]
    [InlineData(OfferStatus.Archived)]
    public void An_unpublished_offer_takes_no_referral(OfferStatus status) =>
        AssertRefused(Request(offer: Offer(status)), ReferralMessageKeys.OfferNotPublished);

    [Theory]
    [InlineData(ContractStatus.Draft)]
    [InlineData(ContractStatus.Suspended)]
    [InlineData(ContractStatus.Terminated)]
    [InlineData(ContractStatus.Expired)]
    public void An_offer_under_an_inactive_contract_takes_no_referral(ContractStatus status) =>
        AssertRefused(Request(contract: Contract(status)), ReferralMessageKeys.ContractNotActive);

    [Fact]
    public void An_offer_whose_contract_period_is_over_takes_no_referral()
    {
        var contract = Contract();
        contract.ValidUntil = Today.AddDays(-1);

        AssertRefused(Request(contract: contract), ReferralMessageKeys.ContractNotActive);
    }

    [Fact]
    public void A_full_offer_sends_the_referral_to_the_waiting_list()
    {
        var offer = Offer(capacity: 2);
        offer.SeatsTaken = 2;

        var verdict = eligibility.Check(Request(offer: offer));

        Assert.True(verdict.Value!.GoesToWaitingList);
    }

    [Fact]
    public void A_restricted_offer_takes_only_its_target_groups()
    {
        var offer = Offer();
        offer.TargetGroups.Add(new TargetGroup { Code = "LOW_QUALIFIED", NameFr = "Personnes peu qualifiées", NameEn = "Low-qualified people" });

        AssertRefused(Request(offer: offer, jobSeeker: JobSeeker("LONG_TERM")), ReferralMessageKeys.NotInTargetGroup);
        Assert.True(eligibility.Check(Request(offer: offer, jobSeeker: JobSeeker("LONG_TERM", "LOW_QUALIFIED"))).IsSuccess);
    }

    [Fact]
    public void A_reconversion_unit_offer_takes_only_workers_covered_by_a_running_plan()
    {
        var plan = ReconversionPlan.Create(OperatorId, "Usine SA", "0202239951", Today.AddMonths(-6), Today.AddMonths(6)).Value!;
        var ended = ReconversionPlan.Create(OperatorId, "Usine SA", "0202239951", Today.AddYears(-2), Today.AddDays(-1)).Value!;
        ended.Cover(1000);

        AssertRefused(Request(kind: OrganisationKind.ReconversionUnit, plans: plan), ReferralMessageKeys.NotCoveredByReconversionPlan);
        AssertRefused(Request(kind: OrganisationKind.ReconversionUnit, plans: ended), ReferralMessageKeys.NotCoveredByReconversionPlan);
        plan.Cover(1000);
        Assert.True(eligibility.Check(Request(kind: OrganisationKind.ReconversionUnit, plans: plan)).IsSuccess);
    }

    private void AssertRefused(ReferralEligibilityRequest request, string messageKey)
    {
        var error = eligibility.Check(request).Errors.Single();

        Assert.Equal(ErrorCodes.NotEligible, error.Code);
        Assert.Equal(messageKey, error.MessageKey);
    }
}
