namespace Partners.Domain.JobSeekers;

/// <summary>Anonymisation at the end of the retention period (domain.md, "The person's rights").</summary>
public sealed partial class JobSeeker
{
    /// <summary>When the person was anonymised; null while her data are kept.</summary>
    public DateTime? AnonymisedAt { get; private set; }

    /// <summary>
    /// Erases identity, contact, SOCIAL and HEALTH data and blanks the free texts of the pathway; the row, its id, its
    /// directorate and its accompaniment dates stay, so referrals, complaints and counts keep their person-less figures.
    /// The NISS becomes a placeholder that is unique and never a valid NISS. Anonymising twice changes nothing.
    /// </summary>
    public bool Anonymise(DateTime now)
    {
        if (AnonymisedAt is not null)
        {
            return false;
        }

        Niss = "X" + Id.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)[^10..];
        Identity = new JobSeekerIdentity { FirstName = "", LastName = "", BirthDate = DateOnly.MinValue };
        Social = new JobSeekerSocial();
        Health = new JobSeekerHealth();
        Pathway.TargetGroupCodes = [];
        Pathway.ReferentCounsellorName = null;
        Pathway.ClosingEvaluation = null;
        foreach (var objective in Pathway.ProfessionalObjectives)
        {
            objective.Title = "";
        }

        AnonymisedAt = now;
        return true;
    }
}
