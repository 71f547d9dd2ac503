using Partners.Domain.Common;
using Partners.Domain.JobSeekers;
using Partners.Domain.Organisations;
using Partners.Domain.Referrals;

namespace Partners.Domain.Offers;

/// <summary>
/// A person's registration for an offer's information session or intake (inscription aux accueils ou aux séances
/// d'information, decree Art. 10 3°, 14 3°), within the session's seats, one row per person and session.
/// Who registers (Art. 13 5°, 14 3°): the organisation that runs the offer registers any person it reaches, on a
/// referral to the offer or not (it receives and informs job seekers directly, 14 3°); the Office registers for an
/// operator's session only a person it refers to that offer (its counsellor orients through referrals, 13 5°, and
/// the referral is what opens the person's identity to the operator that will receive her). The session's day and
/// place are copied, so the registration still says where to go if the operator later rewrites its sessions.
/// A cancelled registration frees its seat; registering again reinstates the same row.
/// </summary>
public sealed class SessionRegistration
{
    public const string SessionPast = "session_past";
    public const string SessionFull = "session_full";
    public const string OfferNotOpen = "session_offer_not_published";
    public const string NotTheOffersReferral = "session_referral_of_another_offer";
    public const string OfficeNeedsReferral = "session_office_needs_referral";
    public const string NotTheOperator = "session_not_the_operator";
    public const string SeatsPositive = "session_seats_positive";
    public const string SessionHasRegistrations = "session_has_registrations";
    public const string SeatsBelowRegistrations = "session_seats_below_registrations";

    public long Id { get; set; }

    public required long OfferId { get; init; }

    /// <summary>The organisation that runs the offer (its operator, or the Office for its own services): it sees the registration.</summary>
    public required long OperatorOrganisationId { get; init; }

    public required long InformationSessionId { get; init; }

    public required long JobSeekerId { get; init; }

    /// <summary>The person's referral to the offer the registration follows; null when registered without one.</summary>
    public long? ReferralId { get; private set; }

    public required SessionKind SessionKind { get; init; }

    public required DateTime SessionStartsAt { get; init; }

    public required string SessionLocation { get; init; }

    public required DateTime RegisteredAt { get; set; }

    public required long RegisteredByOrganisationId { get; set; }

    public required string RegisteredByClientId { get; set; }

    public string? RegisteredByUserId { get; set; }

    public DateTime? CancelledAt { get; private set; }

    public long? CancelledByOrganisationId { get; private set; }

    /// <summary>Why the registration was cancelled: a free text about the person, blanked by the retention.</summary>
    public string? CancellationReason { get; private set; }

    public bool IsActive => CancelledAt is null;

    /// <summary>
    /// Registers <paramref name="jobSeeker"/> for <paramref name="session"/> of <paramref name="offer"/>, or reinstates
    /// <paramref name="existing"/> when it was cancelled (an active one is answered as it is): the caller runs the offer,
    /// or is the Office with the person's open referral to it; the offer is published, the session is to come and
    /// has a seat left (<paramref name="taken"/> by active registrations), the accompaniment is not closed.
    /// </summary>
    public static Result<SessionRegistration> Register(
        Offer offer, InformationSession session, JobSeeker jobSeeker, Referral? referral, SessionRegistration? existing, int taken, NetworkActor actor, DateTime now)
    {
        var runsTheOffer = actor.OrganisationId == offer.OperatorOrganisationId;
        if (!runsTheOffer && actor.Kind != OrganisationKind.Office)
        {
            return new DomainError(ErrorCodes.Forbidden, NotTheOperator, "input.offerId");
        }

        if (referral is not null && (referral.OfferId != offer.Id || referral.JobSeekerId != jobSeeker.Id || ReferralStateMachine.IsClosed(referral.Status)))
        {
            return DomainError.Invalid("input.referralId", NotTheOffersReferral);
        }

        if (!runsTheOffer && referral is null)
        {
            return DomainError.Invalid("input.referralId", OfficeNeedsReferral);
        }

        if (existing is { IsActive: true })
        {
            return Result<SessionRegistration>.Success(existing);
        }

        if (jobSeeker.AccompanimentClosedOn is not null)
        {
            return new DomainError(ErrorCodes.InvalidTransition, Accompaniment.AccompanimentMessageKeys.Closed, "input.jobSeekerId");
        }

        if (offer.Status != OfferStatus.Published)
        {
            return new DomainError(ErrorCodes.NotEligible, OfferNotOpen, "input.offerId");
        }

        if (session.StartsAt <= now)
        {
            return DomainError.Invalid("input.sessionId", SessionPast);
        }

        if (session.Seats is { } seats && taken >= seats)
        {
            return new DomainError(ErrorCodes.NotEligible, SessionFull, "input.sessionId");
        }

        var registration = existing ?? new SessionRegistration
        {
            OfferId = offer.Id, OperatorOrganisationId = offer.OperatorOrganisationId, InformationSessionId = session.Id, JobSeekerId = jobSeeker.Id, SessionKind = session.Kind,
            SessionStartsAt = session.StartsAt, SessionLocation = session.Location,
            RegisteredAt = now, RegisteredByOrganisationId = actor.OrganisationId, RegisteredByClientId = actor.ClientId,
        };
        registration.ReferralId = referral?.Id;
        registration.RegisteredAt = now;
        registration.RegisteredByOrganisationId = actor.OrganisationId;
        registration.RegisteredByClientId = actor.ClientId;
        registration.RegisteredByUserId = actor.UserId;
        registration.CancelledAt = null;
        registration.CancelledByOrganisationId = null;
        registration.CancellationReason = null;
        return Result<SessionRegistration>.Success(registration);
    }

    /// <summary>Cancels the registration (its seat is free again); a cancelled one is answered as it is.</summary>
    public Result<SessionRegistration> Cancel(NetworkActor actor, string? reason, DateTime now)
    {
        if (IsActive)
        {
            CancelledAt = now;
            CancelledByOrganisationId = actor.OrganisationId;
            CancellationReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        }

        return Result<SessionRegistration>.Success(this);
    }
}
