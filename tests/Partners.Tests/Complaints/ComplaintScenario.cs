using Partners.Domain.Common;
using Partners.Domain.Complaints;
using Partners.Domain.Organisations;

namespace Partners.Tests.Complaints;

/// <summary>The cast and the clock of the complaint tests, and a complaint brought to any state.</summary>
internal static class ComplaintScenario
{
    public static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    public static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    public static readonly NetworkActor Office = new(1, OrganisationKind.Office, "forem-demo", "counsellor-1");

    public static readonly NetworkActor Operator = new(2, OrganisationKind.IspOperator, "isp-demo");

    public static readonly NetworkActor OtherOperator = new(3, OrganisationKind.Cpas, "cpas-liege-demo");

    public static readonly NetworkActor Commission = new(9, OrganisationKind.Commission, "commission-demo");

    /// <summary>A complaint about the operator's 14 4°, recorded by the Office.</summary>
    public static Complaint AgainstOperator(ComplaintPeriods? periods = null) =>
        ComplaintFiling.File(
            new FileComplaint(100, Operator.OrganisationId, Operator.Kind, Engagements.Operator14_4, "Pas d'entretien d'accueil."),
            Engagements.All, Office, periods ?? ComplaintPeriods.Default, Now).Value!;

    /// <summary>A complaint against the operator, moved along the main path (or withdrawn) to <paramref name="status"/>.</summary>
    public static Complaint In(ComplaintStatus status)
    {
        var complaint = AgainstOperator();
        var path = status switch
        {
            ComplaintStatus.Received => [],
            ComplaintStatus.Acknowledged => [ComplaintStatus.Acknowledged],
            ComplaintStatus.UnderReview => [ComplaintStatus.Acknowledged, ComplaintStatus.UnderReview],
            ComplaintStatus.Answered => [ComplaintStatus.Acknowledged, ComplaintStatus.UnderReview, ComplaintStatus.Answered],
            ComplaintStatus.Closed => [ComplaintStatus.Acknowledged, ComplaintStatus.UnderReview, ComplaintStatus.Answered, ComplaintStatus.Closed],
            _ => new[] { ComplaintStatus.Withdrawn },
        };
        foreach (var step in path)
        {
            Assert.True(MoveTo(complaint, step, Operator)!.Value.IsSuccess);
        }

        Assert.Equal(status, complaint.Status);
        return complaint;
    }

    /// <summary>The method that leads to <paramref name="to"/>, called by <paramref name="actor"/>; null for RECEIVED, which only filing sets.</summary>
    public static Result<Complaint>? MoveTo(Complaint complaint, ComplaintStatus to, NetworkActor actor) => to switch
    {
        ComplaintStatus.Acknowledged => complaint.Acknowledge(actor, Now),
        ComplaintStatus.UnderReview => complaint.StartReview(actor, Now),
        ComplaintStatus.Answered => complaint.AnswerWith(actor, ComplaintFinding.PartlyFounded, "Entretien reprogrammé.", Now),
        ComplaintStatus.Closed => complaint.Close(actor, Now),
        ComplaintStatus.Withdrawn => complaint.Withdraw(actor, "Le demandeur retire sa plainte.", Now),
        _ => (Result<Complaint>?)null,
    };
}
