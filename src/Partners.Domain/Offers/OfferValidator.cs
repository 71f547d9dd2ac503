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
        if (!string.IsNullOrWhiteSpace(offer.PostalCode) && Organisations.FrenchLanguageRegion.Check(offer.PostalCode, offer.Municipality, offer.Region) is { } outside)
        {
            errors.Add(DomainError.Invalid("input.postalCode", outside));
        }

        if (offer.Capacity < 0)
        {
            errors.Add(DomainError.Invalid("input.capacity", OfferMessageKeys.NegativeCapacity));
        }

        for (var i = 0; i < offer.InformationSessions.Count; i++)
        {
            if (offer.InformationSessions[i].Seats is < 1)
            {
                errors.Add(DomainError.Invalid($"input.informationSessions[{i}].seats", SessionRegistration.SeatsPositive));
            }
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

    /// <summary>
    /// The legal content an offer must have to be published (Art. 11 5° a and b): objectives, expected results, duration,
    /// a calendar (dates or sessions), at least one seat, intake and referral modalities.
    /// </summary>
    public static IReadOnlyList<DomainError> ValidateForPublication(Offer offer)
    {
        var errors = new List<DomainError>(Validate(offer));
        foreach (var (field, value) in new[]
                 {
                     ("input.expectedResults", offer.ExpectedResults), ("input.durationDescription", offer.DurationDescription),
                     ("input.intakeModalities", offer.IntakeModalities), ("input.referralModalities", offer.ReferralModalities),
                 })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add(DomainError.Invalid(field, OfferMessageKeys.PublicationNeedsContent));
            }
        }

        if (offer.Capacity == 0)
        {
            errors.Add(DomainError.Invalid("input.capacity", OfferMessageKeys.PublicationNeedsCapacity));
        }

        if (offer.StartsOn is null && offer.Sessions.Count == 0)
        {
            errors.Add(DomainError.Invalid("input.sessions", OfferMessageKeys.PublicationNeedsCalendar));
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
