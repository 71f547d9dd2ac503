using Partners.Domain.Offers;

namespace Partners.Domain.Contracts;

/// <summary>
/// A contract whose period is over expires by itself (domain.md, "Organisations"): an active or suspended contract
/// whose last day is past becomes EXPIRED, and its published offers leave the catalogue (SUSPENDED). Applying it again
/// changes nothing.
/// </summary>
public static class ContractExpiry
{
    /// <summary>True when <paramref name="contract"/> is to expire on <paramref name="today"/>.</summary>
    public static bool IsDue(CooperationContract contract, DateOnly today) =>
        contract.Status is ContractStatus.Active or ContractStatus.Suspended && contract.ValidUntil < today;

    /// <summary>Expires <paramref name="contract"/> and suspends its published <paramref name="offers"/>; false when not due.</summary>
    public static bool Expire(CooperationContract contract, IEnumerable<Offer> offers, DateOnly today, DateTime now)
    {
        if (!IsDue(contract, today))
        {
            return false;
        }

        contract.Status = ContractStatus.Expired;
        foreach (var offer in offers.Where(o => o.ContractId == contract.Id && o.Status == OfferStatus.Published))
        {
            offer.Status = OfferStatus.Suspended;
            offer.UpdatedAt = now;
            offer.Version++;
        }

        return true;
    }
}
