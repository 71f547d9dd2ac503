namespace Partners.Domain.Complaints;

/// <summary>The party bound by an engagement: the Office (decree Art. 13) or an operator (Art. 14).</summary>
public enum EngagementParty
{
    Office,
    Operator,
}
