namespace Partners.Domain.JobSeekers;

/// <summary>A professional objective of the job seeker's action plan (objectif professionnel du plan d'action, decree Art. 8).</summary>
public sealed class ProfessionalObjective
{
    public long Id { get; set; }

    public required string Title { get; set; }
}
