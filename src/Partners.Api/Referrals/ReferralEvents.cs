using Microsoft.EntityFrameworkCore;
using Partners.Api.Events;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Data.Events;
using Partners.Domain.Referrals;

namespace Partners.Api.Referrals;

/// <summary>One change to a referral, as its parties' subscriptions receive it.</summary>
public sealed record ReferralEvent(long Id, DateTime OccurredAt, Referral Referral);

/// <summary>
/// Both ends of <c>referralUpdated</c>: the event each change enqueues (for the referring Office and the operator),
/// and the delivery-time load, with the query's own rules (party to the referral, scope referrals:read).
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

        var referral = await services.GetRequiredService<PartnersDbContext>().Referrals.AsNoTracking().VisibleTo(subscriber)
            .FirstOrDefaultAsync(r => r.Id == envelope.SubjectId, ct);
        return referral is null ? null : new ReferralEvent(envelope.Id, envelope.OccurredAt, referral);
    }
}
