using GraphQL;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Errors;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.GraphQL.Relay;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Offers;
using Partners.Domain.Referrals;

namespace Partners.Api.Referrals;

/// <summary>
/// The shape of every move on an existing referral: find it among those the caller is party to (others are
/// NOT_FOUND, their existence undisclosed), answer a repeated move with the current state, let the domain decide,
/// keep the offer's seats in step, save in one unit of work (a concurrent writer makes it CONCURRENCY_CONFLICT).
/// </summary>
public static class ReferralCommand
{
    public delegate Result<Referral> Move(Referral referral, ReferralActor actor, DateTime now);

    public static Task<Payload<Referral>> RunAsync(IResolveFieldContext context, string referralId, Func<Referral, bool> isRepeat, Move move) =>
        Idempotency.RunAsync(context, () => ApplyAsync(context, referralId, isRepeat, move), r => r.Id, id => ReloadAsync(context, id));

    public static ReferralActor ActorOf(IResolveFieldContext context)
    {
        var caller = context.Caller();
        return new ReferralActor(caller.OrganisationId, caller.ClientId, caller.UserId);
    }

    public static async Task<Referral?> ReloadAsync(IResolveFieldContext context, long id) =>
        await context.Service<PartnersDbContext>().Referrals.AsNoTracking().VisibleTo(context.Caller())
            .FirstOrDefaultAsync(r => r.Id == id, context.CancellationToken);

    private static async Task<Payload<Referral>> ApplyAsync(IResolveFieldContext context, string referralId, Func<Referral, bool> isRepeat, Move move)
    {
        var db = context.Service<PartnersDbContext>();
        var key = GlobalId.KeyOf(referralId, ReferralNode.TypeName);
        var referral = key is null ? null : await db.Referrals.VisibleTo(context.Caller()).FirstOrDefaultAsync(r => r.Id == key, context.CancellationToken);
        if (referral is null)
        {
            return Payload<Referral>.Refused(DomainError.NotFound("input.referralId").ToUserError(context));
        }

        var actor = ActorOf(context);
        // A retried move (same input, lost answer) is answered with the state it already produced, if this party made it.
        if (referral.PartyOf(actor) is { } party && ReferralStateMachine.Table.Any(t => t.To == referral.Status && t.SetBy == party) && isRepeat(referral))
        {
            return Payload<Referral>.Ok(referral);
        }

        var before = referral.Status;
        var now = context.Service<IClock>().UtcNow;
        var moved = move(referral, actor, now);
        var seatError = moved.IsSuccess ? await KeepSeatsAsync(db, referral, before, context.CancellationToken) : null;
        if (!moved.IsSuccess || seatError is not null)
        {
            db.ChangeTracker.Clear();
            return Payload<Referral>.Refused(seatError is null ? moved.Errors.ToUserErrors(context) : [seatError.ToUserError(context)]);
        }

        return await db.SaveAsync(context, () => ReferralEvents.Changed(referral, now)) is { } conflict
            ? Payload<Referral>.Refused(conflict)
            : Payload<Referral>.Ok(referral);
    }

    /// <summary>
    /// Seats follow the referrals that hold one: an accepted candidacy takes a seat (none left: NOT_ELIGIBLE, the
    /// operator waitlists instead); cancelling an accepted one, completing or abandoning the service frees it.
    /// </summary>
    private static async Task<DomainError?> KeepSeatsAsync(PartnersDbContext db, Referral referral, ReferralStatus before, CancellationToken cancellationToken)
    {
        var holdsBefore = before is ReferralStatus.Accepted or ReferralStatus.InProgress;
        var holdsAfter = referral.Status is ReferralStatus.Accepted or ReferralStatus.InProgress;
        if (holdsBefore == holdsAfter)
        {
            return null;
        }

        var offer = await db.Offers.FirstAsync(o => o.Id == referral.OfferId, cancellationToken);
        if (holdsAfter)
        {
            var taken = offer.TakeSeat();
            return taken.IsSuccess ? null : taken.Errors[0] with { Field = "input.decision" };
        }

        offer.ReleaseSeat();
        return null;
    }
}
