using Microsoft.EntityFrameworkCore;
using Partners.Api.Events;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Data.Events;
using Partners.Domain.Accompaniment;
using Partners.Domain.Referrals;

namespace Partners.Api.Referrals;

/// <summary>
/// One change to a referral, as its parties' subscriptions receive it; for the Office, with the person's referent
/// counsellor designated when the change was made (the one "told", art. 14 5°–7°).
/// </summary>
public sealed record ReferralEvent(long Id, DateTime OccurredAt, Referral Referral, CounsellorDesignation? Counsellor = null);

/// <summary>
/// Both ends of <c>referralUpdated</c>: the event each change enqueues (for the referring Office and the operator),
/// and the delivery-time load, with the query's own rules (party to the referral, scope referrals:read). An Office
/// staff member receives the events of the people whose referent counsellor they were when the change was made
/// (art. 13 2°, 14 5°–7°); the Office's systems receive them all.
/// </summary>
public static class ReferralEvents
{
    public static IEnumerable<OutboxEvent> Changed(Referral referral, DateTime now) =>
        [OutboxEvent.Create(EventTopics.Referral, referral.Id, [referral.ReferringOrganisationId, referral.OperatorOrganisationId], now)];

    public static async Task<ReferralEvent?> LoadAsync(IServiceProvider services, Caller subscriber, EventEnvelope envelope, CancellationToken ct)
    {
        if (!subscriber.HasScope(Scopes.ReferralsRead))
        {
            return null;
        }

        var db = services.GetRequiredService<PartnersDbContext>();
        var referral = await db.Referrals.AsNoTracking().VisibleTo(subscriber).FirstOrDefaultAsync(r => r.Id == envelope.SubjectId, ct);
        if (referral is null || !subscriber.IsOffice)
        {
            return referral is null ? null : new ReferralEvent(envelope.Id, envelope.OccurredAt, referral);
        }

        var at = envelope.OccurredAt;
        var counsellor = await db.CounsellorDesignations.AsNoTracking()
            .Where(d => d.JobSeekerId == referral.JobSeekerId && d.DesignatedAt <= at && (d.EndedAt == null || d.EndedAt > at))
            .OrderByDescending(d => d.DesignatedAt).FirstOrDefaultAsync(ct);
        if (subscriber.UserId is { } person && !string.Equals(counsellor?.CounsellorUserId, person, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new ReferralEvent(envelope.Id, envelope.OccurredAt, referral, counsellor);
    }
}
