using System.Linq.Expressions;
using Partners.Domain.Common;
using Partners.Domain.Complaints;

namespace Partners.Api.Complaints;

/// <summary>
/// Who sees a complaint: the party complained about, which handles it, and the organisation that recorded it.
/// Nobody else, not even the Commission (it sees counts only): the others do not find it, nor count it.
/// </summary>
public static class ComplaintVisibility
{
    public static IQueryable<Complaint> VisibleTo(this IQueryable<Complaint> complaints, NetworkActor actor) =>
        actor.IsCommission
            ? complaints.Where(_ => false)
            : complaints.Where(c => c.RespondentOrganisationId == actor.OrganisationId || c.RecordedByOrganisationId == actor.OrganisationId);

    /// <summary>Overdue (or not) as <see cref="Complaint.AcknowledgementOverdue"/> or <see cref="Complaint.AnswerOverdue"/> say, for the database.</summary>
    public static Expression<Func<Complaint, bool>> Overdue(DateOnly today, bool overdue)
    {
        var isOverdue = IsOverdue(today);
        return overdue ? isOverdue : Expression.Lambda<Func<Complaint, bool>>(Expression.Not(isOverdue.Body), isOverdue.Parameters);
    }

    private static Expression<Func<Complaint, bool>> IsOverdue(DateOnly today) => c =>
        (c.AcknowledgedOn != null
            ? c.AcknowledgedOn > c.AcknowledgementDueOn
            : c.Status == ComplaintStatus.Received && today > c.AcknowledgementDueOn)
        || (c.Answer != null
            ? c.Answer.AnsweredOn > c.AnswerDueOn
            : (c.Status == ComplaintStatus.Received || c.Status == ComplaintStatus.Acknowledged || c.Status == ComplaintStatus.UnderReview) && today > c.AnswerDueOn);
}
