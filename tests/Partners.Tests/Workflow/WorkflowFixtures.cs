using Partners.Domain.Contracts;
using Partners.Domain.JobSeekers;
using Partners.Domain.Offers;
using Partners.Domain.Organisations;
using Partners.Domain.Reconversion;
using Partners.Domain.Referrals;

namespace Partners.Tests.Workflow;

/// <summary>A small network: the Office (1), an operator (2) with an active contract (10) and a published offer (100).</summary>
internal static class WorkflowFixtures
{
    public const long OfficeId = 1;
    public const long OperatorId = 2;
    public const long OutsiderId = 3;
    public static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    public static readonly DateOnly Today = DateOnly.FromDateTime(Now);
    public static readonly ReferralActor Counsellor = new(OfficeId, "forem-demo", "counsellor-1");
    public static readonly ReferralActor Operator = new(OperatorId, "isp-demo");
    public static readonly ReferralActor Outsider = new(OutsiderId, "other-demo");

    public static CooperationContract Contract(ContractStatus status = ContractStatus.Active) => new()
    {
        Id = 10, OfficeOrganisationId = OfficeId, OperatorOrganisationId = OperatorId,
        ValidFrom = new DateOnly(2026, 1, 1), ValidUntil = new DateOnly(2026, 12, 31), Status = status,
        AdheresToEthicsCharter = true, DisputeClause = DisputeClause.MediationAndArbitration,
    };

    public static Offer Offer(OfferStatus status = OfferStatus.Published, int capacity = 12) => new()
    {
        Id = 100, OperatorOrganisationId = OperatorId, ContractId = 10, Title = "Coaching vers l'emploi",
        ServiceType = ServiceType.Coaching, Objectives = "Trouver un emploi", Address = "Rue de la Gare 1",
        PostalCode = "4000", Municipality = "Liège", Region = Region.Liege, Capacity = capacity, Status = status,
        ExpectedResults = "Un emploi durable", DurationDescription = "12 semaines", StartsOn = new DateOnly(2027, 1, 11),
        IntakeModalities = "Sur rendez-vous", ReferralModalities = "Par le conseiller référent",
    };

    public static JobSeeker JobSeeker(params string[] targetGroupCodes)
    {
        var jobSeeker = Domain.JobSeekers.JobSeeker.Create(
            "85071412330", new JobSeekerIdentity { FirstName = "Marie", LastName = "Dupont", BirthDate = new DateOnly(1985, 7, 14) }).Value!;
        jobSeeker.Id = 1000;
        jobSeeker.Pathway.TargetGroupCodes.AddRange(targetGroupCodes);
        return jobSeeker;
    }

    public static ReferralEligibilityRequest Request(
        Offer? offer = null, CooperationContract? contract = null, JobSeeker? jobSeeker = null,
        OrganisationKind kind = OrganisationKind.IspOperator, params ReconversionPlan[] plans) =>
        new(offer ?? Offer(), contract ?? Contract(), kind, jobSeeker ?? JobSeeker(), plans);

    public static Referral Referral(ReferralStatus status = ReferralStatus.Sent)
    {
        var verdict = new ReferralEligibility(new FixedClock(Now)).Check(Request()).Value!;
        var referral = Domain.Referrals.Referral.Create(verdict, "Aide-soignant", null, Counsellor, Now, new ReferralOptions()).Value!;
        foreach (var step in PathTo(status))
        {
            var moved = step(referral);
            Assert.True(moved.IsSuccess, string.Join(", ", moved.Errors));
        }

        return referral;
    }

    private static IEnumerable<Func<Referral, Domain.Common.Result<Referral>>> PathTo(ReferralStatus status)
    {
        var evaluation = new ServiceEvaluation { Attainment = ObjectiveAttainment.Reached, Summary = "Objectif atteint", AgreedWithJobSeeker = true };
        return status switch
        {
            ReferralStatus.Sent => [],
            ReferralStatus.Received => [r => r.Acknowledge(Operator, Now)],
            ReferralStatus.Accepted => [r => r.RecordCandidacyResult(Operator, CandidacyDecision.Accepted, null, "ok", null, Now)],
            ReferralStatus.Refused => [r => r.RecordCandidacyResult(Operator, CandidacyDecision.Refused, RefusalReason.NoSeats, "complet", null, Now)],
            ReferralStatus.Waitlisted => [r => r.RecordCandidacyResult(Operator, CandidacyDecision.Waitlisted, null, "attente", null, Now)],
            ReferralStatus.InProgress => [.. PathTo(ReferralStatus.Accepted), r => r.StartService(Operator, null, Now)],
            ReferralStatus.Completed => [.. PathTo(ReferralStatus.InProgress), r => r.Complete(Operator, ServiceOutcome.Completed, null, evaluation, Now)],
            ReferralStatus.Abandoned => [.. PathTo(ReferralStatus.InProgress), r => r.Complete(Operator, ServiceOutcome.Abandoned, null, evaluation, Now)],
            _ => [r => r.Cancel(Counsellor, "plus nécessaire", Now)],
        };
    }
}
