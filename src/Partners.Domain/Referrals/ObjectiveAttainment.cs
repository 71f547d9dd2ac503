namespace Partners.Domain.Referrals;

/// <summary>How far the service brought the job seeker toward the objective (évaluation, decree Art. 14 7°).</summary>
public enum ObjectiveAttainment
{
    Reached,
    PartlyReached,
    NotReached,
}
