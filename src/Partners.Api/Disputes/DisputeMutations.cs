using GraphQL;
using Microsoft.EntityFrameworkCore;
using Partners.Api.Commission;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Contracts;
using Partners.Domain.Disputes;

namespace Partners.Api.Disputes;

/// <summary>
/// The dispute process (Art. 16 §2 4°): filed and withdrawn by a party (<c>disputes:write</c>), mediated and
/// arbitrated by the Commission (<c>commission</c>). A dispute the caller may not see is not found.
/// </summary>
public sealed class DisputeMutations : IMutationFields
{
    public void AddTo(MutationType mutation)
    {
        mutation.Mutation<FileDisputeInputType, DisputePayloadType>("fileDispute",
                "The Office or an operator brings a dispute about their cooperation before the Commission; under a contract whose clause is NONE it is recorded as INADMISSIBLE and NO_COMMISSION_CLAUSE is returned with it.")
            .RequireScope(Scopes.DisputesWrite)
            .Runs<FileDisputeInput, Dispute>(DisputeFilingResolver.FileAsync, DisputeFilingResolver.NotesOf);

        Move<StartMediationInputType>(mutation, "startMediation", Scopes.Commission,
            "The Commission opens the mediation (FILED → IN_MEDIATION).",
            (dispute, input, actor, now, _) => dispute.StartMediation(actor, now));
        Move<SettleDisputeInputType>(mutation, "settleDispute", Scopes.Commission,
            "The Commission records the agreement reached in mediation (IN_MEDIATION → SETTLED).",
            (dispute, input, actor, now, _) => dispute.Settle(actor, input.Text ?? string.Empty, now));
        Move<ReferDisputeToArbitrationInputType>(mutation, "referDisputeToArbitration", Scopes.Commission,
            "The Commission refers a failed mediation to arbitration (IN_MEDIATION → IN_ARBITRATION), only under a MEDIATION_AND_ARBITRATION clause (else NO_COMMISSION_CLAUSE).",
            (dispute, input, actor, now, clause) => dispute.ReferToArbitration(actor, clause, now));
        Move<DecideDisputeInputType>(mutation, "decideDispute", Scopes.Commission,
            "The Commission records its arbitration decision (IN_ARBITRATION → DECIDED).",
            (dispute, input, actor, now, _) => dispute.Decide(actor, input.Text ?? string.Empty, now));
        Move<WithdrawDisputeInputType>(mutation, "withdrawDispute", Scopes.DisputesWrite,
            "The filer withdraws its open dispute (→ WITHDRAWN).",
            (dispute, input, actor, now, _) => dispute.Withdraw(actor, input.Reason, now));
    }

    private static void Move<TInputType>(
        MutationType mutation, string name, string scope, string description,
        Func<Dispute, DisputeMoveInput, NetworkActor, DateTime, DisputeClause, Result<Dispute>> move)
        where TInputType : DisputeMoveInputType =>
        mutation.Mutation<TInputType, DisputePayloadType>(name, description)
            .RequireScope(scope)
            .Runs<DisputeMoveInput, Dispute>(async scope =>
            {
                var dispute = await scope.FindAsync(scope.Db.Disputes.VisibleTo(scope.Actor), scope.Input.DisputeId, DisputeNode.TypeName);
                if (dispute is null)
                {
                    return Change<Dispute>.NotFound("input.disputeId");
                }

                // Arbitration follows the contract's clause as it stands today, not as it stood at filing.
                var clause = await scope.Db.CooperationContracts.Where(c => c.Id == dispute.ContractId).Select(c => c.DisputeClause)
                    .FirstOrDefaultAsync(scope.CancellationToken);
                return Change<Dispute>.Of(move(dispute, scope.Input, scope.Actor, scope.Now, clause),
                    d => CommissionEvents.OfDispute(d, CommissionEventKind.DisputeUpdated, scope.Now));
            });
}
