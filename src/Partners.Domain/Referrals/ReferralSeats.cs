using Partners.Domain.Common;
using Partners.Domain.Offers;

namespace Partners.Domain.Referrals;

/// <summary>
/// Seats follow the referrals that hold one (Art. 14 4°): an accepted candidacy takes a seat of its offer (none left:
/// NOT_ELIGIBLE, the operator waitlists instead); cancelling an accepted one, completing or abandoning the service
/// frees it. Every move of a referral goes through <see cref="Follow"/>.
/// </summary>
public static class ReferralSeats
{
    public static bool Holds(ReferralStatus status) => status is ReferralStatus.Accepted or ReferralStatus.InProgress;

    /// <summary>Whether a move from <paramref name="before"/> to the referral's status takes or frees a seat of <paramref name="offer"/>.</summary>
    public static bool Changes(ReferralStatus before, ReferralStatus after) => Holds(before) != Holds(after);

    /// <summary>Takes or frees the seat the move from <paramref name="before"/> calls for; the refusal when none is left.</summary>
    public static DomainError? Follow(Referral referral, ReferralStatus before, Offer offer)
    {
        if (offer.Id != referral.OfferId)
        {
            throw new ArgumentException("The offer is not the referral's.", nameof(offer));
        }

        if (!Changes(before, referral.Status))
        {
            return null;
        }

        if (Holds(referral.Status))
        {
            var taken = offer.TakeSeat();
            return taken.IsSuccess ? null : taken.Errors[0] with { Field = "input.decision" };
        }

        offer.ReleaseSeat();
        return null;
    }
}
