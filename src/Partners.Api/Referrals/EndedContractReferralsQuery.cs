using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Domain.Contracts;
using Partners.Domain.Organisations;
using Partners.Domain.Referrals;

namespace Partners.Api.Referrals;

/// <summary>
/// The open referrals of an ended contract (domain.md, "Organisations"): once a contract expired or was terminated, its
/// offers take no referral, and those still open are reported to the Office, which cancels or re-routes them.
/// </summary>
public sealed class EndedContractReferralsQuery : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<ConnectionType<ReferralNode, Referral>>>("referralsOfEndedContracts")
            .Description("For the Office: the referrals still open whose offer's cooperation contract (art. 11) expired or was terminated, oldest first.")
            .Arguments(Paging.Arguments())
            .Authorize(AccessRule.Scope(Scopes.ReferralsRead).ForKinds(OrganisationKind.Office))
            .ResolveAsync(async context =>
            {
                var db = context.Service<PartnersDbContext>();
                var closed = Boundaries.BoundaryRule.ClosedStatuses;
                var ended = db.CooperationContracts.Where(c => c.Status == ContractStatus.Expired || c.Status == ContractStatus.Terminated).Select(c => c.Id);
                var referrals = db.Referrals.AsNoTracking().VisibleTo(context.Caller())
                    .Where(r => !closed.Contains(r.Status) && db.Offers.Any(o => o.Id == r.OfferId && ended.Contains(o.ContractId)));
                return await referrals.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToConnectionAsync(context);
            });
}
