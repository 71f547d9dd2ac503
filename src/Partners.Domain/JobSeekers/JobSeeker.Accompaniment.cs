namespace Partners.Domain.JobSeekers;

/// <summary>The Office's side of the accompaniment: the referent counsellor (Art. 13 2°) and the closing (Art. 13 9°–10°).</summary>
public sealed partial class JobSeeker
{
    /// <summary>
    /// The day the Office closed the accompaniment (clôture, Art. 13 10°); null while it runs. The retention period of
    /// the person's data (domain.md, "Retention") counts from this day.
    /// </summary>
    public DateOnly? AccompanimentClosedOn { get; private set; }
}
