using Partners.Domain.Common;

namespace Partners.Domain.Offers;

/// <summary>
/// The moves of an offer of services (offre de prestations, decree Art. 14 2°), as a table:
/// <code>
/// to        | from
/// Published | Draft, Suspended
/// Suspended | Published
/// Archived  | Draft, Published, Suspended
/// </code>
/// Every other move is refused with <see cref="ErrorCodes.InvalidTransition"/>.
/// </summary>
public static class OfferStateMachine
{
    public static readonly IReadOnlyDictionary<OfferStatus, OfferStatus[]> Transitions =
        new Dictionary<OfferStatus, OfferStatus[]>
        {
            [OfferStatus.Published] = [OfferStatus.Draft, OfferStatus.Suspended],
            [OfferStatus.Suspended] = [OfferStatus.Published],
            [OfferStatus.Archived] = [OfferStatus.Draft, OfferStatus.Published, OfferStatus.Suspended],
        };

    public static bool CanMove(OfferStatus from, OfferStatus to) =>
        Transitions.TryGetValue(to, out var froms) && froms.Contains(from);

    /// <summary>The target status, or an <see cref="ErrorCodes.InvalidTransition"/> error.</summary>
    public static Result<OfferStatus> Move(OfferStatus from, OfferStatus to) =>
        CanMove(from, to)
            ? Result<OfferStatus>.Success(to)
            : new DomainError(ErrorCodes.InvalidTransition, OfferMessageKeys.InvalidTransition, null, from, to);
}
