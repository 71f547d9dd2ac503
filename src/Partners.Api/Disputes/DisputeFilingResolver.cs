using GraphQL;
using Microsoft.EntityFrameworkCore;
using Partners.Api.Commission;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Organisations;
using Partners.Api.Referrals;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Contracts;
using Partners.Domain.Disputes;
using Partners.Domain.Organisations;

namespace Partners.Api.Disputes;

/// <summary>
/// <c>fileDispute</c>: finds the parties' cooperation contract and lets <see cref="DisputeFiling"/> decide. A
/// dispute under a NONE clause is saved as INADMISSIBLE and returned with its NO_COMMISSION_CLAUSE error.
/// </summary>
internal static class DisputeFilingResolver
{
    public static async Task<Change<Dispute>> FileAsync(MutationScope<FileDisputeInput> scope)
    {
        var (db, input) = (scope.Db, scope.Input);
        var respondent = await scope.FindAsync(db.Organisations.AsNoTracking(), input.RespondentOrganisationId, OrganisationNode.TypeName);
        if (respondent is null)
        {
            return Change<Dispute>.NotFound("input.respondentOrganisationId");
        }

        var filer = scope.Actor;
        var contract = await ContractBetweenAsync(db, filer, respondent, scope.CancellationToken);
        var referralIds = (input.ReferralIds ?? []).Select(id => GlobalId.KeyOf(id, ReferralNode.TypeName)).ToList();
        var keys = referralIds.OfType<long>().ToList();
        var referrals = keys.Count == 0 || referralIds.Count > Dispute.MaxReferrals ? [] : await db.Referrals.AsNoTracking()
            .Where(r => keys.Contains(r.Id))
            .Select(r => new DisputedReferral(r.Id, r.ReferringOrganisationId, r.OperatorOrganisationId))
            .ToListAsync(scope.CancellationToken);
        var command = new FileDispute(respondent.Id, respondent.Kind, input.Subject, input.Description, input.Region, input.InvitedRepresentatives, referralIds, referrals);
        var filed = DisputeFiling.File(command, contract, filer, scope.Now);
        if (!filed.IsRecorded)
        {
            return Change<Dispute>.Refused(filed.Errors);
        }

        db.Disputes.Add(filed.Dispute!);
        return Change<Dispute>.Ok(filed.Dispute!, d => CommissionEvents.OfDispute(d, CommissionEventKind.DisputeFiled, scope.Now));
    }

    /// <summary>A dispute recorded as INADMISSIBLE is answered with its NO_COMMISSION_CLAUSE, on a retry too.</summary>
    public static IEnumerable<DomainError> NotesOf(Dispute dispute) =>
        dispute.InadmissibleReason == DisputeInadmissibleReason.NoCommissionClause
            ? [new DomainError(ErrorCodes.NoCommissionClause, DisputeMessageKeys.NoCommissionClause)]
            : [];

    /// <summary>The contract of the Office and the operator among the two parties, the active one first; null when none.</summary>
    private static async Task<DisputeContract?> ContractBetweenAsync(PartnersDbContext db, NetworkActor filer, Organisation respondent, CancellationToken ct)
    {
        var (officeId, operatorId) = filer.Kind == OrganisationKind.Office ? (filer.OrganisationId, respondent.Id) : (respondent.Id, filer.OrganisationId);
        var contract = await db.CooperationContracts.AsNoTracking()
            .Where(c => c.OfficeOrganisationId == officeId && c.OperatorOrganisationId == operatorId)
            .OrderBy(c => c.Status == ContractStatus.Active ? 0 : 1).ThenByDescending(c => c.ValidFrom)
            .FirstOrDefaultAsync(ct);
        return contract is null ? null : new DisputeContract(contract.Id, contract.OperatorOrganisationId, contract.DisputeClause);
    }
}
