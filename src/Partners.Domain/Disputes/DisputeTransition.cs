namespace Partners.Domain.Disputes;

/// <summary>One allowed move of a dispute, and who makes it.</summary>
public sealed record DisputeTransition(DisputeStatus From, DisputeStatus To, DisputeHandler By);
