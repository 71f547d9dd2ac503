using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Partners.Api.Disputes;
using Partners.Api.Events;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Data.Events;
using Partners.Domain.Common;
using Partners.Domain.Complaints;
using Partners.Domain.Difficulties;
using Partners.Domain.Disputes;

namespace Partners.Api.Commission;

public enum CommissionEventKind
{
    DisputeFiled,
    DisputeUpdated,
    ComplaintCountsChanged,
    RecurringDifficultyReported,
    RecurringDifficultyUpdated,
}

/// <summary>One line of the Commission's feed: a dispute, a recurring difficulty, or complaint counts (never a complaint).</summary>
public sealed record CommissionEvent(
    long Id, CommissionEventKind Kind, DateTime OccurredAt, Dispute? Dispute = null, RecurringDifficulty? RecurringDifficulty = null,
    IReadOnlyList<ComplaintCount>? ComplaintCounts = null);

/// <summary>
/// What dispute, complaint and difficulty changes enqueue, and the delivery-time loads of <c>disputeUpdated</c>
/// (the parties and the Commission, as the query) and <c>commissionFeed</c> (scope commission only).
/// </summary>
public static class CommissionEvents
{
    public static IEnumerable<OutboxEvent> OfDispute(Dispute dispute, CommissionEventKind kind, DateTime now) =>
    [
        OutboxEvent.Create(EventTopics.Dispute, dispute.Id, [dispute.FilerOrganisationId, dispute.RespondentOrganisationId], now),
        Feed(kind, dispute.Id, now),
    ];

    /// <summary>The subject is the complaint, read only to count its respondent's month; the feed never names it.</summary>
    public static IEnumerable<OutboxEvent> OfComplaint(Complaint complaint, DateTime now) => [Feed(CommissionEventKind.ComplaintCountsChanged, complaint.Id, now)];

    public static IEnumerable<OutboxEvent> OfDifficulty(RecurringDifficulty difficulty, CommissionEventKind kind, DateTime now) => [Feed(kind, difficulty.Id, now)];

    public static bool PartyOrCommission(Caller subscriber, EventEnvelope envelope) =>
        subscriber.HasScope(Scopes.Commission) || EventFilters.OwnOrganisation(subscriber, envelope);

    public static async Task<Dispute?> LoadDisputeAsync(IServiceProvider services, Caller subscriber, EventEnvelope envelope, CancellationToken ct) =>
        subscriber.HasScope(Scopes.DisputesRead) || subscriber.HasScope(Scopes.Commission)
            ? await services.GetRequiredService<PartnersDbContext>().Disputes.AsNoTracking().VisibleTo(subscriber.Actor)
                .FirstOrDefaultAsync(d => d.Id == envelope.SubjectId, ct)
            : null;

    public static async Task<CommissionEvent?> LoadFeedAsync(IServiceProvider services, Caller subscriber, EventEnvelope envelope, CancellationToken ct)
    {
        if (!subscriber.HasScope(Scopes.Commission) || envelope.Payload is null)
        {
            return null;
        }

        var kind = JsonSerializer.Deserialize<FeedPayload>(envelope.Payload)!.Kind;
        var db = services.GetRequiredService<PartnersDbContext>();
        var feed = new CommissionEvent(envelope.Id, kind, envelope.OccurredAt);
        return kind switch
        {
            CommissionEventKind.DisputeFiled or CommissionEventKind.DisputeUpdated =>
                await db.Disputes.AsNoTracking().FirstOrDefaultAsync(d => d.Id == envelope.SubjectId, ct) is { } dispute ? feed with { Dispute = dispute } : null,
            CommissionEventKind.ComplaintCountsChanged => feed with { ComplaintCounts = await ComplaintCountsAsync(db, envelope.SubjectId, ct) },
            _ => await db.RecurringDifficulties.AsNoTracking().FirstOrDefaultAsync(d => d.Id == envelope.SubjectId, ct) is { } difficulty
                ? feed with { RecurringDifficulty = difficulty }
                : null,
        };
    }

    /// <summary>The dashboard's counts for the complaint's respondent and month of receipt: grouping keys and counts only.</summary>
    private static async Task<IReadOnlyList<ComplaintCount>> ComplaintCountsAsync(PartnersDbContext db, long complaintId, CancellationToken ct)
    {
        var keys = await db.Complaints.Where(c => c.Id == complaintId).Select(c => new { c.RespondentOrganisationId, c.ReceivedOn }).FirstOrDefaultAsync(ct);
        if (keys is null)
        {
            return [];
        }

        var first = new DateOnly(keys.ReceivedOn.Year, keys.ReceivedOn.Month, 1);
        var counts = await DashboardCounts.ComplaintsAsync(db, new DashboardScope(null, first, first.AddMonths(1).AddDays(-1)), ct);
        return [.. counts.Where(c => c.RespondentId == keys.RespondentOrganisationId)];
    }

    private static OutboxEvent Feed(CommissionEventKind kind, long subjectId, DateTime now) =>
        OutboxEvent.Create(EventTopics.Commission, subjectId, [], now, JsonSerializer.Serialize(new FeedPayload(kind)));

    private sealed record FeedPayload(CommissionEventKind Kind);
}
