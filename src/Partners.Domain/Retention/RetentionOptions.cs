namespace Partners.Domain.Retention;

/// <summary>How long personal data and the access log are kept (section <c>Retention</c>; GDPR art. 5(1)(e)).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Years a person's data are kept after the accompaniment closed (default 2, like DORA's 730 days); then anonymised.</summary>
    public int PersonalDataYears { get; set; } = 2;

    /// <summary>Years an access-log entry is kept (default 10); then purged.</summary>
    public int AccessLogYears { get; set; } = 10;

    /// <summary>People anonymised, or log entries purged, per transaction.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Whether the API runs the retention in the background.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the background service runs it (once a day).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often the background service looks whether a run is due (another instance may have run it).</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a run holds its claim without renewing it (each batch renews it); a crashed run's claim lapses.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(15);
}
