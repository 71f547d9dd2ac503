using Partners.Domain.Contracts;
using Partners.Domain.JobSeekers;
using Partners.Domain.Offers;
using Partners.Domain.Organisations;
using Partners.Domain.Reconversion;

namespace Partners.Domain.Referrals;

/// <summary>
/// What the eligibility check needs, loaded by the caller: the offer (with its target groups), the operator's
/// contract for that offer, the operator's kind, the job seeker (with the pathway) and, when the operator is a
/// reconversion unit, that unit's plans (with their workers).
/// </summary>
public sealed record ReferralEligibilityRequest(
    Offer Offer,
    CooperationContract? Contract,
    OrganisationKind OperatorKind,
    JobSeeker JobSeeker,
    IReadOnlyList<ReconversionPlan> ReconversionPlans);
