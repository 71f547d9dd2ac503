using Partners.Domain.Boundaries;

namespace Partners.Api.Boundaries;

/// <summary>
/// The reads of IDENTITY, SOCIAL and HEALTH data made while one request executes: one entry per job seeker and
/// category, whatever the number of paths that reached it. <see cref="AccessLogRecording"/> writes them before the
/// answer leaves.
/// </summary>
public sealed class AccessLedger
{
    public static readonly IReadOnlySet<DataCategory> Logged = new HashSet<DataCategory> { DataCategory.Identity, DataCategory.Social, DataCategory.Health };

    private readonly Lock gate = new();
    private readonly Dictionary<(long JobSeekerId, DataCategory Category), AccessDecision> reads = [];

    public void Record(long jobSeekerId, DataCategory category, AccessDecision decision)
    {
        if (!Logged.Contains(category))
        {
            return;
        }

        lock (gate)
        {
            reads.TryAdd((jobSeekerId, category), decision);
        }
    }

    /// <summary>Hands over the reads recorded so far and starts afresh (a subscription records per event).</summary>
    public IReadOnlyList<(long JobSeekerId, DataCategory Category, AccessDecision Decision)> Drain()
    {
        lock (gate)
        {
            var drained = reads.Select(r => (r.Key.JobSeekerId, r.Key.Category, r.Value)).ToList();
            reads.Clear();
            return drained;
        }
    }
}
