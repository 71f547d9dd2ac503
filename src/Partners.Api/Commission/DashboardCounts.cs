using Microsoft.EntityFrameworkCore;
using Partners.Data;
using Partners.Domain.Difficulties;
using Partners.Domain.Disputes;
using Partners.Domain.Referrals;

namespace Partners.Api.Commission;

/// <summary>
/// The dashboard's figures, each one grouped statement run by the database: rows are counted where they lie,
/// never loaded. Only ids and counts come back, never a person.
/// </summary>
public static class DashboardCounts
{
    public static Task<List<ReferralCount>> ReferralsAsync(PartnersDbContext db, DashboardScope scope, CancellationToken ct) =>
        Referrals(db, scope)
            .GroupBy(r => new { r.OperatorOrganisationId, r.Status })
            .Select(g => new ReferralCount(g.Key.OperatorOrganisationId, g.Key.Status, g.Count()))
            .ToListAsync(ct);

    /// <summary>No candidacy result yet (SENT or RECEIVED) and the answer period over (Art. 14 5°), per operator.</summary>
    public static Task<List<OperatorCount>> OverdueAnswersAsync(PartnersDbContext db, DashboardScope scope, DateOnly today, CancellationToken ct) =>
        Referrals(db, scope)
            .Where(r => (r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Received) && r.AnswerDueOn < today)
            .GroupBy(r => r.OperatorOrganisationId)
            .Select(g => new OperatorCount(g.Key, g.Count()))
            .ToListAsync(ct);

    /// <summary>Results the person was not told of within the information period (Art. 14 5°), not yet or late, per operator.</summary>
    public static Task<List<OperatorCount>> OverdueInformationAsync(PartnersDbContext db, DashboardScope scope, DateOnly today, CancellationToken ct) =>
        Referrals(db, scope)
            .Where(r => r.InformationDueOn != null
                && ((r.JobSeekerInformedOn == null && r.InformationDueOn < today) || r.JobSeekerInformedOn > r.InformationDueOn))
            .GroupBy(r => r.OperatorOrganisationId)
            .Select(g => new OperatorCount(g.Key, g.Count()))
            .ToListAsync(ct);

    public static Task<List<ComplaintCount>> ComplaintsAsync(PartnersDbContext db, DashboardScope scope, CancellationToken ct)
    {
        var complaints = db.Complaints.InRegion(scope, c => c.Region);
        if (scope.From is { } from)
        {
            complaints = complaints.Where(c => c.ReceivedOn >= from);
        }

        if (scope.To is { } to)
        {
            complaints = complaints.Where(c => c.ReceivedOn <= to);
        }

        // Only the grouping keys and a count leave the database: the Commission never sees a complaint.
        return complaints
            .GroupBy(c => new { c.EngagementCode, c.RespondentOrganisationId, c.ReceivedOn.Year, c.ReceivedOn.Month })
            .Select(g => new ComplaintCount(g.Key.EngagementCode, g.Key.RespondentOrganisationId, g.Key.Year, g.Key.Month, g.Count()))
            .ToListAsync(ct);
    }

    public static Task<List<DisputeCount>> DisputesAsync(PartnersDbContext db, DashboardScope scope, CancellationToken ct) =>
        db.Disputes.InRegion(scope, d => d.Region).InPeriod(scope, d => d.FiledAt)
            .GroupBy(d => d.Status).Select(g => new DisputeCount(g.Key, g.Count(), g.Min(d => d.FiledAt))).ToListAsync(ct);

    /// <summary>Reported difficulties the Commission has not closed (open or acknowledged).</summary>
    public static Task<int> OpenDifficultiesAsync(PartnersDbContext db, DashboardScope scope, CancellationToken ct) =>
        db.RecurringDifficulties.Where(d => d.Status != RecurringDifficultyStatus.Closed)
            .InRegion(scope, d => d.Region).InPeriod(scope, d => d.ReportedAt)
            .CountAsync(ct);

    /// <summary>
    /// Referrals created in the period, to offers of the directorate, between the Office and an operator: a referral to
    /// one of the Office's own services (art. 8, the Office on both sides) is no part of the cooperation the Commission
    /// follows (art. 16 §2: the relations between the Office and the operators), so it is not counted.
    /// </summary>
    private static IQueryable<Referral> Referrals(PartnersDbContext db, DashboardScope scope)
    {
        var referrals = db.Referrals.Where(r => r.OperatorOrganisationId != r.ReferringOrganisationId);
        if (scope.Region is { } region)
        {
            referrals = referrals.Where(r => db.Offers.Any(o => o.Id == r.OfferId && o.Region == region));
        }

        return referrals.InPeriod(scope, r => r.CreatedAt);
    }
}
