using Partners.Domain.Common;
using Partners.Domain.Contracts;

namespace Partners.Domain.Offers;

/// <summary>
/// The rules of an offer (decree Art. 14 2°): only the owning operator changes it, and only under an active
/// cooperation contract (Art. 11); the Office's own services (Art. 8) are changed by the Office under none. A refused call leaves the offer untouched, except <see cref="Update"/>, whose
/// change is applied before validation: on errors the caller must not save.
/// </summary>
public sealed partial class Offer
{
    public Result<Offer> Publish(long callerOrganisationId, CooperationContract? contract, DateTime now) =>
        Move(OfferStatus.Published, callerOrganisationId, contract, now, validate: true);

    public Result<Offer> Suspend(long callerOrganisationId, CooperationContract? contract, DateTime now) =>
        Move(OfferStatus.Suspended, callerOrganisationId, contract, now, validate: false);

    public Result<Offer> Archive(long callerOrganisationId, CooperationContract? contract, DateTime now) =>
        Move(OfferStatus.Archived, callerOrganisationId, contract, now, validate: false);

    public Result<Offer> Update(long callerOrganisationId, CooperationContract? contract, DateTime now, Action<Offer> change)
    {
        if (Authorise(callerOrganisationId, contract, now) is { } refused)
        {
            return refused;
        }

        change(this);
        // A published offer keeps its legal content (Art. 11 5°); a draft may be incomplete.
        var errors = Status == OfferStatus.Published ? OfferValidator.ValidateForPublication(this) : Validate();
        return errors.Count > 0 ? Result<Offer>.Failure([.. errors]) : Touch(now);
    }

    /// <summary>A referral accepted into the offer takes one seat (Art. 14 4°).</summary>
    public Result<Offer> TakeSeat()
    {
        if (SeatsLeft == 0)
        {
            return new DomainError(ErrorCodes.NotEligible, OfferMessageKeys.NoSeatsLeft);
        }

        SeatsTaken++;
        Version++;
        return Result<Offer>.Success(this);
    }

    public void ReleaseSeat()
    {
        SeatsTaken = Math.Max(0, SeatsTaken - 1);
        Version++;
    }

    /// <summary>The field errors of the offer's content (the minimum of Art. 11 5° a and b).</summary>
    public IReadOnlyList<DomainError> Validate() => OfferValidator.Validate(this);

    private Result<Offer> Move(OfferStatus to, long caller, CooperationContract? contract, DateTime now, bool validate)
    {
        if (Authorise(caller, contract, now) is { } refused)
        {
            return refused;
        }

        var moved = OfferStateMachine.Move(Status, to);
        if (!moved.IsSuccess)
        {
            return Result<Offer>.Failure([.. moved.Errors]);
        }

        var errors = validate ? OfferValidator.ValidateForPublication(this) : [];
        if (errors.Count > 0)
        {
            return Result<Offer>.Failure([.. errors]);
        }

        Status = to;
        return Touch(now);
    }

    private DomainError? Authorise(long caller, CooperationContract? contract, DateTime now)
    {
        if (caller != OperatorOrganisationId)
        {
            return new DomainError(ErrorCodes.Forbidden, OfferMessageKeys.NotOwner);
        }

        return IsOfficeService || (contract is not null && contract.Id == ContractId && contract.OperatorOrganisationId == OperatorOrganisationId
            && contract.IsActiveOn(DateOnly.FromDateTime(now)))
            ? null
            : new DomainError(ErrorCodes.NotEligible, OfferMessageKeys.ContractNotActive);
    }

    private Result<Offer> Touch(DateTime now)
    {
        UpdatedAt = now;
        Version++;
        return Result<Offer>.Success(this);
    }
}
