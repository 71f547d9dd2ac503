using Partners.Domain.Offers;
using Partners.Domain.Organisations;

namespace Partners.Api.Offers;

/// <summary>
/// The content of an offer as <c>createOffer</c> and <c>updateOffer</c> receive it. On update, a field left out (or
/// null) stays as it is; a list given replaces the whole list.
/// </summary>
public sealed record OfferInput
{
    public string? OfferId { get; init; }

    public string? Title { get; init; }

    public ServiceType? ServiceType { get; init; }

    public string? Objectives { get; init; }

    public string? ExpectedResults { get; init; }

    public string? Deliverables { get; init; }

    public string? Address { get; init; }

    public string? PostalCode { get; init; }

    public string? Municipality { get; init; }

    public Region? Region { get; init; }

    public string? DurationDescription { get; init; }

    public DateOnly? StartsOn { get; init; }

    public DateOnly? EndsOn { get; init; }

    public List<OfferSessionInput>? Sessions { get; init; }

    public List<InformationSessionInput>? InformationSessions { get; init; }

    public List<string>? TargetGroupCodes { get; init; }

    public int? Capacity { get; init; }

    public string? IntakeModalities { get; init; }

    public string? PrioritisationRule { get; init; }

    public string? ReferralModalities { get; init; }
}

public sealed record OfferSessionInput(DateTime StartsAt, DateTime EndsAt, string? Location);

public sealed record InformationSessionInput(DateTime StartsAt, string Location, string? Description, int? Seats, SessionKind? Kind);

/// <summary>The input of the status moves: which offer.</summary>
public sealed record OfferIdInput(string OfferId);
