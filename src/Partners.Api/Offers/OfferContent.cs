using Partners.Domain.Offers;

namespace Partners.Api.Offers;

/// <summary>Copies the given fields of an input onto an offer; lists given replace the whole list.</summary>
internal static class OfferContent
{
    public static void Apply(Offer offer, OfferInput input, IReadOnlyList<TargetGroup>? targetGroups)
    {
        offer.Title = input.Title ?? offer.Title;
        offer.ServiceType = input.ServiceType ?? offer.ServiceType;
        offer.Objectives = input.Objectives ?? offer.Objectives;
        offer.ExpectedResults = input.ExpectedResults ?? offer.ExpectedResults;
        offer.Deliverables = input.Deliverables ?? offer.Deliverables;
        offer.Address = input.Address ?? offer.Address;
        offer.PostalCode = input.PostalCode ?? offer.PostalCode;
        offer.Municipality = input.Municipality ?? offer.Municipality;
        offer.Region = input.Region ?? offer.Region;
        offer.DurationDescription = input.DurationDescription ?? offer.DurationDescription;
        offer.StartsOn = input.StartsOn ?? offer.StartsOn;
        offer.EndsOn = input.EndsOn ?? offer.EndsOn;
        offer.Capacity = input.Capacity ?? offer.Capacity;
        offer.IntakeModalities = input.IntakeModalities ?? offer.IntakeModalities;
        offer.PrioritisationRule = input.PrioritisationRule ?? offer.PrioritisationRule;
        offer.ReferralModalities = input.ReferralModalities ?? offer.ReferralModalities;
        if (input.Sessions is { } sessions)
        {
            offer.Sessions.Clear();
            offer.Sessions.AddRange(sessions.Select(s => new OfferSession { StartsAt = Utc(s.StartsAt), EndsAt = Utc(s.EndsAt), Location = s.Location }));
        }

        if (input.InformationSessions is { } informationSessions)
        {
            // A session given again at the same start and place is the same session: it keeps its id, hence its registrations.
            var kept = offer.InformationSessions.ToList();
            offer.InformationSessions.Clear();
            foreach (var given in informationSessions)
            {
                var session = kept.Find(s => s.StartsAt == Utc(given.StartsAt) && s.Location == given.Location)
                    ?? new InformationSession { StartsAt = Utc(given.StartsAt), Location = given.Location };
                kept.Remove(session);
                session.Description = given.Description;
                session.Seats = given.Seats;
                session.Kind = given.Kind ?? SessionKind.Information;
                offer.InformationSessions.Add(session);
            }
        }

        if (targetGroups is not null)
        {
            offer.TargetGroups.Clear();
            offer.TargetGroups.AddRange(targetGroups);
        }
    }

    // Timestamps are stored in UTC; a time without offset is taken as UTC.
    private static DateTime Utc(DateTime value) =>
        value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : value.ToUniversalTime();
}
