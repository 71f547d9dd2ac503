namespace Partners.Domain.Reconversion;

/// <summary>A dismissed worker covered by a reconversion plan (travailleur licencié, decree of 29 January 2004).</summary>
public sealed class CoveredWorker
{
    public required long JobSeekerId { get; init; }
}
