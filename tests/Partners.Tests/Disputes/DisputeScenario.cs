using Partners.Domain.Common;
using Partners.Domain.Contracts;
using Partners.Domain.Disputes;
using Partners.Domain.Organisations;

namespace Partners.Tests.Disputes;

/// <summary>The cast, the contracts and the clock of the dispute tests, and a dispute brought to any state.</summary>
internal static class DisputeScenario
{
    public static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    public static readonly NetworkActor Office = new(1, OrganisationKind.Office, "forem-demo");

    public static readonly NetworkActor Operator = new(2, OrganisationKind.IspOperator, "isp-demo");

    public static readonly NetworkActor OtherOperator = new(3, OrganisationKind.Cpas, "cpas-liege-demo");

    public static readonly NetworkActor Commission = new(9, OrganisationKind.Commission, "commission-demo", "member-1");

    public static DisputeContract ContractWith(DisputeClause clause) => new(50, Operator.OrganisationId, clause);

    /// <summary>The operator files against the Office.</summary>
    public static DisputeFilingResult OperatorFiles(DisputeClause clause) =>
        DisputeFiling.File(
            new FileDispute(Office.OrganisationId, Office.Kind, "Adressages tardifs", "Les adressages arrivent après la date de début."),
            ContractWith(clause), Operator, Now);

    /// <summary>A dispute filed by the operator under a MEDIATION_AND_ARBITRATION clause, moved to <paramref name="status"/>.</summary>
    public static Dispute In(DisputeStatus status)
    {
        if (status == DisputeStatus.Inadmissible)
        {
            return OperatorFiles(DisputeClause.None).Dispute!;
        }

        var dispute = OperatorFiles(DisputeClause.MediationAndArbitration).Dispute!;
        var path = status switch
        {
            DisputeStatus.Filed => [],
            DisputeStatus.InMediation => [DisputeStatus.InMediation],
            DisputeStatus.Settled => [DisputeStatus.InMediation, DisputeStatus.Settled],
            DisputeStatus.InArbitration => [DisputeStatus.InMediation, DisputeStatus.InArbitration],
            DisputeStatus.Decided => [DisputeStatus.InMediation, DisputeStatus.InArbitration, DisputeStatus.Decided],
            _ => new[] { DisputeStatus.Withdrawn },
        };
        foreach (var step in path)
        {
            Assert.True(MoveTo(dispute, step, step == DisputeStatus.Withdrawn ? Operator : Commission)!.Value.IsSuccess);
        }

        Assert.Equal(status, dispute.Status);
        return dispute;
    }

    /// <summary>The method that leads to <paramref name="to"/>; null for FILED and INADMISSIBLE, which only filing sets.</summary>
    public static Result<Dispute>? MoveTo(Dispute dispute, DisputeStatus to, NetworkActor actor) => to switch
    {
        DisputeStatus.InMediation => dispute.StartMediation(actor, Now),
        DisputeStatus.Settled => dispute.Settle(actor, "Accord sur un calendrier d'adressage.", Now),
        DisputeStatus.InArbitration => dispute.ReferToArbitration(actor, DisputeClause.MediationAndArbitration, Now),
        DisputeStatus.Decided => dispute.Decide(actor, "L'Office adresse au moins dix jours avant le début.", Now),
        DisputeStatus.Withdrawn => dispute.Withdraw(actor, "Accord trouvé entre les parties.", Now),
        _ => (Result<Dispute>?)null,
    };
}
