using GraphQL;
using Microsoft.EntityFrameworkCore;
using Partners.Api.Commission;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Organisations;
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
    public static async Task<Payload<Dispute>> FileAsync(IResolveFieldContext context, FileDisputeInput input)
    {
        var db = context.Service<PartnersDbContext>();
        var ct = context.CancellationToken;
        var respondentId = GlobalId.KeyOf(input.RespondentOrganisationId, OrganisationNode.TypeName);
        var respondent = respondentId is null ? null : await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == respondentId, ct);
        if (respondent is null)
        {
            return InputErrors.NotFound<Dispute>(context, "respondentOrganisationId");
        }

        var filer = context.Actor();
        var contract = await ContractBetweenAsync(db, filer, respondent, ct);
        var command = new FileDispute(respondent.Id, respondent.Kind, input.Subject, input.Description, input.Region, input.InvitedRepresentatives);
        var now = context.Service<IClock>().UtcNow;
        var filed = DisputeFiling.File(command, contract, filer, now);
        var errors = filed.Errors.ToInputErrors(context);
        if (!filed.IsRecorded)
        {
            return Payload<Dispute>.Refused(errors);
        }

        db.Disputes.Add(filed.Dispute!);
        return await InputErrors.SaveAsync(context, filed.Dispute!, errors, d => CommissionEvents.OfDispute(d, CommissionEventKind.DisputeFiled, now));
    }

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
