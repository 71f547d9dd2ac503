using GraphQL.Builders;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Mutations;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Referrals;

namespace Partners.Api.Referrals;

/// <summary>
/// The shape of every move on an existing referral, run by <see cref="MutationPipeline"/>: find it among those the
/// caller is party to (others are NOT_FOUND, their existence undisclosed), answer a repeated move with the current
/// state, let the domain decide (the move, then its seats: <see cref="ReferralSeats"/>), with the referral's event.
/// </summary>
public static class ReferralCommand
{
    public delegate Result<Referral> Move(Referral referral, ReferralActor actor, DateTime now);

    public static FieldBuilder<object?, object> RunsMove<TInput>(
        this FieldBuilder<object?, object> field, Func<TInput, string> referralId, Func<TInput, Referral, bool> isRepeat, Func<TInput, Move> move) =>
        field.Runs<TInput, Referral>(async scope =>
        {
            var referral = await scope.FindAsync(scope.Db.Referrals.VisibleTo(scope.Caller), referralId(scope.Input), ReferralNode.TypeName);
            if (referral is null)
            {
                return Change<Referral>.NotFound("input.referralId");
            }

            var actor = scope.Caller.ReferralActor;
            // A retried move (same input, lost answer) is answered with the state it already produced, if this party made it.
            if (referral.PartiesOf(actor).Any(party => ReferralStateMachine.Table.Any(t => t.To == referral.Status && t.SetBy == party))
                && isRepeat(scope.Input, referral))
            {
                return Change<Referral>.Ok(referral);
            }

            var before = referral.Status;
            var moved = move(scope.Input)(referral, actor, scope.Now);
            if (!moved.IsSuccess)
            {
                return Change<Referral>.Refused(moved.Errors);
            }

            if (ReferralSeats.Changes(before, referral.Status))
            {
                var offer = await scope.Db.Offers.FirstAsync(o => o.Id == referral.OfferId, scope.CancellationToken);
                if (ReferralSeats.Follow(referral, before, offer) is { } noSeat)
                {
                    return noSeat;
                }
            }

            return Change<Referral>.Ok(referral, r => ReferralEvents.Changed(r, scope.Now));
        });
}
