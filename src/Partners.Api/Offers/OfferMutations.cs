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
/// An operator's offers (art. 14 2°): <c>createOffer</c> writes a DRAFT under the caller's active contract; each move of
/// the state table has its own mutation (<c>publishOffer</c> also re-publishes a suspended offer). The operator is the
/// caller's organisation, never an argument; the domain refuses another organisation (FORBIDDEN) and an inactive
/// contract (NOT_ELIGIBLE). An offer the caller may not read is NOT_FOUND.
/// </summary>
public sealed class OfferMutations : IMutationFields
{
    private static readonly AccessRule Operators = AccessRule.Scope(Scopes.OffersWrite)
        .ForKinds(OrganisationKind.IspOperator, OrganisationKind.Cpas, OrganisationKind.ReconversionUnit);

    public void AddTo(MutationType mutation)
    {
        mutation.Mutation<CreateOfferInputType, OfferPayloadType>("createOffer", "Creates a DRAFT offer of services under the caller's active cooperation contract (art. 11); publish it with `publishOffer`.")
            .Authorize(Operators).ResolveAsync(async context => await CreateAsync(context));
        mutation.Mutation<UpdateOfferInputType, OfferPayloadType>("updateOffer", "Changes an offer of the caller's (art. 14 2°): the fields given replace the current ones.")
            .Authorize(Operators).ResolveAsync(async context => await UpdateAsync(context));
        Move<PublishOfferInputType>(mutation, "publishOffer", "Publishes a DRAFT or SUSPENDED offer of the caller's: partners see it and refer to it (art. 14 2°).", (o, c, k, n) => o.Publish(c, k, n));
        Move<SuspendOfferInputType>(mutation, "suspendOffer", "Suspends a PUBLISHED offer of the caller's: no new referrals until it is published again.", (o, c, k, n) => o.Suspend(c, k, n));
        Move<ArchiveOfferInputType>(mutation, "archiveOffer", "Archives an offer of the caller's for good.", (o, c, k, n) => o.Archive(c, k, n));
    }

    private static void Move<TInputType>(MutationType mutation, string name, string description, Func<Offer, long, CooperationContract, DateTime, Result<Offer>> move)
        where TInputType : OfferIdInputType =>
        mutation.Mutation<TInputType, OfferPayloadType>(name, description).Authorize(Operators).ResolveAsync(async context =>
        {
            var db = context.Service<PartnersDbContext>();
            var (offer, contract) = await FindAsync(context, db, context.GetArgument<OfferIdInput>("input").OfferId);
            if (offer is null)
            {
                return Payload<Offer>.Refused(DomainError.NotFound("input.offerId").ToUserError(context));
            }

            return await CommitAsync(context, db, offer, move(offer, context.Caller().OrganisationId, contract!, context.Service<IClock>().UtcNow).Errors);
        });

    private static async Task<Payload<Offer>> CreateAsync(IResolveFieldContext context)
    {
        var db = context.Service<PartnersDbContext>();
        var caller = context.Caller();
        var clock = context.Service<IClock>();
        var contracts = await db.CooperationContracts.AsNoTracking().Where(c => c.OperatorOrganisationId == caller.OrganisationId)
            .ToListAsync(context.CancellationToken);
        var contract = contracts.Where(c => c.IsActiveOn(clock.Today)).MaxBy(c => c.ValidFrom);
        if (contract is null)
        {
            return Payload<Offer>.Refused(new DomainError(ErrorCodes.NotEligible, OfferMessageKeys.ContractNotActive).ToUserError(context));
        }

        var input = context.GetArgument<OfferInput>("input");
        var (errors, targetGroups) = await OfferInputCheck.CheckAsync(db, input, context.CancellationToken);
        var offer = new Offer
        {
            OperatorOrganisationId = caller.OrganisationId, ContractId = contract.Id, Title = "", ServiceType = ServiceType.Other,
            Objectives = "", Address = "", PostalCode = "", Municipality = "", Region = default,
            CreatedAt = clock.UtcNow, UpdatedAt = clock.UtcNow,
        };
        OfferContent.Apply(offer, input, targetGroups);
        db.Offers.Add(offer);
        return await CommitAsync(context, db, offer, [.. offer.Validate(), .. errors]);
    }

    private static async Task<Payload<Offer>> UpdateAsync(IResolveFieldContext context)
    {
        var db = context.Service<PartnersDbContext>();
        var input = context.GetArgument<OfferInput>("input");
        var (offer, contract) = await FindAsync(context, db, input.OfferId);
        if (offer is null)
        {
            return Payload<Offer>.Refused(DomainError.NotFound("input.offerId").ToUserError(context));
        }

        var (errors, targetGroups) = await OfferInputCheck.CheckAsync(db, input, context.CancellationToken);
        var updated = offer.Update(context.Caller().OrganisationId, contract!, context.Service<IClock>().UtcNow, o => OfferContent.Apply(o, input, targetGroups));
        // A refusal of the party or the contract stands alone; field errors are reported together.
        return await CommitAsync(context, db, offer, updated.Errors.Any(e => e.Code != ErrorCodes.Validation) ? updated.Errors : [.. updated.Errors, .. errors]);
    }

    private static async Task<(Offer? Offer, CooperationContract? Contract)> FindAsync(IResolveFieldContext context, PartnersDbContext db, string? offerId)
    {
        var key = GlobalId.KeyOf(offerId, OfferNode.TypeName);
        var offer = key is null ? null : await db.Offers.Include(o => o.TargetGroups).Where(OfferVisibility.For(context.Caller()))
            .FirstOrDefaultAsync(o => o.Id == key, context.CancellationToken);
        return offer is null
            ? (null, null)
            : (offer, await db.CooperationContracts.AsNoTracking().SingleAsync(c => c.Id == offer.ContractId, context.CancellationToken));
    }

    /// <summary>Saves, or (Offer.Update applies its change before validating) forgets every change on a refusal.</summary>
    private static async Task<Payload<Offer>> CommitAsync(IResolveFieldContext context, PartnersDbContext db, Offer offer, IReadOnlyList<DomainError> errors)
    {
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return Payload<Offer>.Refused(errors.ToOfferUserErrors(context));
        }

        return await db.SaveAsync(context) is { } conflict ? Payload<Offer>.Refused(conflict) : Payload<Offer>.Ok(offer);
    }
}
