namespace Partners.Domain.Complaints;

/// <summary>The states of a complaint (plainte, decree Art. 13 11° and Art. 14 8°; domain.md, "Complaint").</summary>
public enum ComplaintStatus
{
    Received,
    Acknowledged,
    UnderReview,
    Answered,
    Closed,
    Withdrawn,
}
