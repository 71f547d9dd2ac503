using Partners.Domain.Common;
using Partners.Domain.Offers;
using Partners.Domain.Organisations;

namespace Partners.Domain.Referrals;

/// <summary>
/// Eligibility at referral time (adressage, decree Art. 13 5°), checked in this order, first refusal wins, each
/// refused with <see cref="ErrorCodes.NotEligible"/> and its own key of <see cref="ReferralMessageKeys"/>: the
/// person's accompaniment is not closed (Art. 13 10°);
/// the offer is published (Art. 14 2°); its cooperation contract is active today (Art. 11), unless it is one of the
/// Office's own services (Art. 8), which have none; where the offer is
/// restricted to target groups, the job seeker's pathway names one of them; an offer of a reconversion unit takes
/// only the workers covered by one of the unit's plans, while it runs (decree of 29 January 2004, Art. 2 §4).
/// No seat left does not refuse: see <see cref="ReferralEligibilityVerdict.GoesToWaitingList"/>.
/// </summary>
public sealed class ReferralEligibility(IClock clock)
{
    public Result<ReferralEligibilityVerdict> Check(ReferralEligibilityRequest request)
    {
        var (offer, contract, kind, jobSeeker, plans) = request;
        var today = clock.Today;

        if (jobSeeker.AccompanimentClosedOn is not null)
        {
            return new DomainError(ErrorCodes.NotEligible, Accompaniment.AccompanimentMessageKeys.Closed, "input.jobSeekerId");
        }

        if (offer.Status != OfferStatus.Published)
        {
            return NotEligible(ReferralMessageKeys.OfferNotPublished);
        }

        // The Office's own services (Art. 8) run under no contract; any other offer under its active one (Art. 11).
        if (!offer.IsOfficeService && (contract is null || contract.Id != offer.ContractId || !contract.IsActiveOn(today)))
        {
            return NotEligible(ReferralMessageKeys.ContractNotActive);
        }

        if (offer.TargetGroups.Count > 0 && !jobSeeker.BelongsToAny(offer.TargetGroups.Select(g => g.Code), today))
        {
            return NotEligible(ReferralMessageKeys.NotInTargetGroup);
        }

        if (kind == OrganisationKind.ReconversionUnit && !plans.Any(p =>
                p.ReconversionUnitOrganisationId == offer.OperatorOrganisationId && p.Covers(jobSeeker.Id, today)))
        {
            return NotEligible(ReferralMessageKeys.NotCoveredByReconversionPlan);
        }

        return Result<ReferralEligibilityVerdict>.Success(
            new ReferralEligibilityVerdict(offer.Id, offer.OperatorOrganisationId, jobSeeker.Id, offer.SeatsLeft == 0));
    }

    private static DomainError NotEligible(string messageKey) => new(ErrorCodes.NotEligible, messageKey, "input.offerId");
}
