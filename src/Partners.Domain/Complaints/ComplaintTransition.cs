namespace Partners.Domain.Complaints;

/// <summary>One allowed move of a complaint, and who makes it.</summary>
public sealed record ComplaintTransition(ComplaintStatus From, ComplaintStatus To, ComplaintHandler By);
