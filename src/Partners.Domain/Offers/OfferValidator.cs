using Partners.Domain.Common;

namespace Partners.Domain.Offers;

/// <summary>The minimum content of an offer of services (decree Art. 11 5° a and b), field by field.</summary>
public static class OfferValidator
{
    public static IReadOnlyList<DomainError> Validate(Offer offer)
    {
        var errors = new List<DomainError>();
        Require(errors, "input.title", offer.Title);
        Require(errors, "input.objectives", offer.Objectives);
        Require(errors, "input.address", offer.Address);
        Require(errors, "input.postalCode", offer.PostalCode);
        Require(errors, "input.municipality", offer.Municipality);
        if (offer.Capacity < 0)
        {
            errors.Add(DomainError.Invalid("input.capacity", OfferMessageKeys.NegativeCapacity));
        }

        if (offer.StartsOn is { } start && offer.EndsOn is { } end && end < start)
        {
            errors.Add(DomainError.Invalid("input.endsOn", OfferMessageKeys.EndBeforeStart));
        }

        for (var i = 0; i < offer.Sessions.Count; i++)
        {
            if (offer.Sessions[i].EndsAt < offer.Sessions[i].StartsAt)
            {
                errors.Add(DomainError.Invalid($"input.sessions[{i}].endsAt", OfferMessageKeys.EndBeforeStart));
            }
        }

        return errors;
    }

    private static void Require(List<DomainError> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(DomainError.Invalid(field, OfferMessageKeys.Required, field));
        }
    }
}
