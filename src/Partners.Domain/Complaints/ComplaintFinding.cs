namespace Partners.Domain.Complaints;

/// <summary>The finding of the answer to a complaint: fondée, partiellement fondée, non fondée.</summary>
public enum ComplaintFinding
{
    Founded,
    PartlyFounded,
    Unfounded,
}
