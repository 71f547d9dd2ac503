using GraphQL;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Errors;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Contracts;
using Partners.Domain.Offers;
using Partners.Domain.Organisations;

namespace Partners.Api.Offers;

/// <summary>
/// An operator's offers (art. 14 2°): <c>createOffer</c> writes a DRAFT under the caller's active contract, or, for the
/// Office, one of its own services under none (prestations internes, art. 8: the Office is the operator); each move of
/// the state table has its own mutation (<c>publishOffer</c> also re-publishes a suspended offer). The operator is the
/// caller's organisation, never an argument; the domain refuses another organisation (FORBIDDEN) and an inactive
/// contract (NOT_ELIGIBLE). An offer the caller may not read is NOT_FOUND.
/// </summary>
public sealed class OfferMutations : IMutationFields
{
    private static readonly AccessRule Operators = AccessRule.Scope(Scopes.OffersWrite)
        .ForKinds(OrganisationKind.IspOperator, OrganisationKind.Cpas, OrganisationKind.ReconversionUnit, OrganisationKind.Office);

    public void AddTo(MutationType mutation)
    {
        mutation.Mutation<CreateOfferInputType, OfferPayloadType>("createOffer", "Creates a DRAFT offer of services under the caller's active cooperation contract (art. 11), or, for the Office, one of its own services (prestations internes, art. 8; no contract); publish it with `publishOffer`.")
            .Authorize(Operators).Runs<OfferInput, Offer>(CreateAsync);
        mutation.Mutation<UpdateOfferInputType, OfferPayloadType>("updateOffer", "Changes an offer of the caller's (art. 14 2°): the fields given replace the current ones.")
            .Authorize(Operators).Runs<OfferInput, Offer>(UpdateAsync);
        Move<PublishOfferInputType>(mutation, "publishOffer", "Publishes a DRAFT or SUSPENDED offer of the caller's: partners see it and refer to it (art. 14 2°).", (o, c, k, n) => o.Publish(c, k, n));
        Move<SuspendOfferInputType>(mutation, "suspendOffer", "Suspends a PUBLISHED offer of the caller's: no new referrals until it is published again.", (o, c, k, n) => o.Suspend(c, k, n));
        Move<ArchiveOfferInputType>(mutation, "archiveOffer", "Archives an offer of the caller's for good.", (o, c, k, n) => o.Archive(c, k, n));
    }

    private static void Move<TInputType>(MutationType mutation, string name, string description, Func<Offer, long, CooperationContract?, DateTime, Result<Offer>> move)
        where TInputType : OfferIdInputType =>
        mutation.Mutation<TInputType, OfferPayloadType>(name, description).Authorize(Operators).Runs<OfferIdInput, Offer>(async scope =>
        {
            var (offer, contract) = await FindAsync(scope, scope.Input.OfferId);
            return offer is null
                ? Change<Offer>.NotFound("input.offerId")
                : Verdict(offer, move(offer, scope.Caller.OrganisationId, contract, scope.Now).Errors);
        });

    private static async Task<Change<Offer>> CreateAsync(MutationScope<OfferInput> scope)
    {
        var (db, input, caller) = (scope.Db, scope.Input, scope.Caller);
        // The Office's own services (art. 8) need no contract: it cannot contract with itself (art. 2 3°, 11).
        CooperationContract? contract = null;
        if (!caller.IsOffice)
        {
            var contracts = await db.CooperationContracts.AsNoTracking().Where(c => c.OperatorOrganisationId == caller.OrganisationId)
                .ToListAsync(scope.CancellationToken);
            contract = contracts.Where(c => c.IsActiveOn(scope.Today)).MaxBy(c => c.ValidFrom);
            if (contract is null)
            {
                return new DomainError(ErrorCodes.NotEligible, OfferMessageKeys.ContractNotActive);
            }
        }

        var (errors, targetGroups) = await OfferInputCheck.CheckAsync(db, input, scope.CancellationToken);
        var offer = new Offer
        {
            OperatorOrganisationId = caller.OrganisationId, ContractId = contract?.Id, Title = "", ServiceType = ServiceType.Other,
            Objectives = "", Address = "", PostalCode = "", Municipality = "", Region = default,
            CreatedAt = scope.Now, UpdatedAt = scope.Now,
        };
        OfferContent.Apply(offer, input, targetGroups);
        db.Offers.Add(offer);
        return Verdict(offer, [.. offer.Validate(), .. errors]);
    }

    private static async Task<Change<Offer>> UpdateAsync(MutationScope<OfferInput> scope)
    {
        var input = scope.Input;
        var (offer, contract) = await FindAsync(scope, input.OfferId);
        if (offer is null)
        {
            return Change<Offer>.NotFound("input.offerId");
        }

        var (errors, targetGroups) = await OfferInputCheck.CheckAsync(scope.Db, input, scope.CancellationToken);
        var updated = offer.Update(scope.Caller.OrganisationId, contract, scope.Now, o => OfferContent.Apply(o, input, targetGroups));
        if (input.InformationSessions is not null)
        {
            errors.AddRange(await HeldSessionsAsync(scope, offer));
        }

        // A refusal of the party or the contract stands alone; field errors are reported together.
        return Verdict(offer, updated.Errors.Any(e => e.Code != ErrorCodes.Validation) ? updated.Errors : [.. updated.Errors, .. errors]);
    }

    private static async Task<(Offer? Offer, CooperationContract? Contract)> FindAsync<TInput>(MutationScope<TInput> scope, string? offerId)
    {
        var offer = await scope.FindAsync(scope.Db.Offers.Include(o => o.TargetGroups).Where(OfferVisibility.For(scope.Caller)), offerId, OfferNode.TypeName);
        return offer?.ContractId is { } contractId
            ? (offer, await scope.Db.CooperationContracts.AsNoTracking().SingleAsync(c => c.Id == contractId, scope.CancellationToken))
            : (offer, null);
    }

    /// <summary>A rewritten list of sessions keeps every session people hold a seat at, with at least their number of seats (art. 10 3°).</summary>
    private static async Task<IReadOnlyList<DomainError>> HeldSessionsAsync(MutationScope<OfferInput> scope, Offer offer)
    {
        var held = await scope.Db.SessionRegistrations.Where(r => r.OfferId == offer.Id && r.CancelledAt == null)
            .GroupBy(r => r.InformationSessionId).Select(g => new { Session = g.Key, Count = g.Count() })
            .ToListAsync(scope.CancellationToken);
        var errors = new List<DomainError>();
        foreach (var (session, count) in held.Select(h => (h.Session, h.Count)))
        {
            var index = offer.InformationSessions.FindIndex(s => s.Id == session);
            if (index < 0)
            {
                errors.Add(DomainError.Invalid("input.informationSessions", SessionRegistration.SessionHasRegistrations));
            }
            else if (offer.InformationSessions[index].Seats < count)
            {
                errors.Add(DomainError.Invalid($"input.informationSessions[{index}].seats", SessionRegistration.SeatsBelowRegistrations));
            }
        }

        return errors;
    }

    /// <summary>The offer, or its refusals (states read in words: <see cref="Localization.StateLabels"/>); the pipeline writes nothing then.</summary>
    private static Change<Offer> Verdict(Offer offer, IReadOnlyList<DomainError> errors) =>
        errors.Count > 0 ? Change<Offer>.Refused(errors) : Change<Offer>.Ok(offer);
}
