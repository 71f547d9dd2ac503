using Microsoft.EntityFrameworkCore;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Complaints;
using Partners.Domain.Disputes;
using Partners.Domain.JobSeekers;
using Partners.Domain.Retention;

namespace Partners.Api.Retention;

/// <summary>
/// The retention (domain.md, "The person's rights"; GDPR art. 5(1)(e)): people whose accompaniment closed longer ago
/// than <see cref="RetentionOptions.PersonalDataYears"/> are anonymised, unless a complaint about them, or a dispute
/// about one of their referrals, is open;
/// access-log entries older than <see cref="RetentionOptions.AccessLogYears"/> are purged; consents, expired or not,
/// stay as history. Each batch is one transaction inside the execution strategy, so a run stopped halfway leaves
/// whole batches done and the next run takes up what is left. One run at a time across instances: see <see cref="RetentionRun"/>.
/// </summary>
public sealed class RetentionRunner(PartnersDbContext db, RetentionOptions options, IClock clock)
{
    public const string ServiceTrigger = "service";
    public const string CommandTrigger = "command";

    private static readonly ComplaintStatus[] Finished = [ComplaintStatus.Closed, ComplaintStatus.Withdrawn];

    private static readonly DisputeStatus[] OpenDisputes = [.. DisputeStateMachine.OpenStatuses];

    /// <summary>No run finished within the last <see cref="RetentionOptions.Interval"/>.</summary>
    public async Task<bool> IsDueAsync(CancellationToken ct)
    {
        var since = clock.UtcNow - options.Interval;
        return !await db.RetentionRuns.AnyAsync(r => r.FinishedAt != null && r.StartedAt > since, ct);
    }

    /// <param name="afterBatch">Called after each committed batch (tests stop a run there).</param>
    public async Task<RetentionOutcome> RunAsync(string trigger, bool dryRun, CancellationToken ct, Func<Task>? afterBatch = null)
    {
        var now = clock.UtcNow;
        var closedBefore = clock.Today.AddYears(-options.PersonalDataYears);
        var loggedBefore = now.AddYears(-options.AccessLogYears);
        var outcome = new RetentionOutcome(dryRun, false, closedBefore, loggedBefore, [], await Held(closedBefore).CountAsync(ct), 0);
        if (dryRun)
        {
            return outcome with
            {
                PeopleAnonymised = await Due(closedBefore).OrderBy(j => j.Id).Select(j => j.Id).ToListAsync(ct),
                AccessLogEntriesPurged = await db.AccessLog.CountAsync(e => e.At < loggedBefore, ct),
            };
        }

        var run = await ClaimAsync(trigger, now, outcome.PeopleHeld, ct);
        if (run is null)
        {
            return outcome with { Skipped = true };
        }

        var anonymised = new List<long>();
        var purged = 0;
        try
        {
            while (await Due(closedBefore).OrderBy(j => j.Id).Select(j => j.Id).Take(options.BatchSize).ToListAsync(ct) is { Count: > 0 } batch)
            {
                await InBatchAsync(run, anonymised: batch.Count, purged: 0, async () =>
                {
                    foreach (var person in await db.JobSeekers.Where(j => batch.Contains(j.Id)).ToListAsync(ct))
                    {
                        person.Anonymise(now);
                    }

                    await db.SaveChangesAsync(ct);
                    await PersonalTexts.BlankAsync(db, batch, ct);
                }, ct);
                anonymised.AddRange(batch);
                await (afterBatch?.Invoke() ?? Task.CompletedTask);
            }

            while (await db.AccessLog.Where(e => e.At < loggedBefore).OrderBy(e => e.Id).Select(e => e.Id).Take(options.BatchSize * 10).ToListAsync(ct) is { Count: > 0 } entries)
            {
                await InBatchAsync(run, anonymised: 0, purged: entries.Count, () => db.AccessLog.Where(e => entries.Contains(e.Id)).ExecuteDeleteAsync(ct), ct);
                purged += entries.Count;
                await (afterBatch?.Invoke() ?? Task.CompletedTask);
            }

            var finished = clock.UtcNow;
            await db.RetentionRuns.Where(r => r.Id == run.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.FinishedAt, finished).SetProperty(r => r.LeaseUntil, finished), ct);
        }
        catch (Exception)
        {
            // Stopped or failed: the claim is let go at once, so the next run (of this or another instance) takes up
            // what is left; the batches already committed stay done.
            var released = clock.UtcNow;
            await db.RetentionRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseUntil, released), CancellationToken.None);
            throw;
        }

        return outcome with { PeopleAnonymised = anonymised, AccessLogEntriesPurged = purged };
    }

    private IQueryable<JobSeeker> Closed(DateOnly closedBefore) =>
        db.JobSeekers.Where(j => j.AnonymisedAt == null && j.AccompanimentClosedOn != null && j.AccompanimentClosedOn < closedBefore);

    private IQueryable<JobSeeker> Due(DateOnly closedBefore) => Closed(closedBefore).Where(j => !HeldIds.Contains(j.Id));

    private IQueryable<JobSeeker> Held(DateOnly closedBefore) => Closed(closedBefore).Where(j => HeldIds.Contains(j.Id));

    /// <summary>The people a complaint or a dispute is open about: kept whole until it ends.</summary>
    private IQueryable<long> HeldIds =>
        db.Complaints.Where(c => !Finished.Contains(c.Status)).Select(c => c.JobSeekerId)
            .Union(db.Disputes.Where(d => OpenDisputes.Contains(d.Status))
                .SelectMany(d => d.Referrals)
                .Join(db.Referrals, d => d.ReferralId, r => r.Id, (_, r) => r.JobSeekerId));

    /// <summary>Records the run and claims it: the oldest unfinished run whose lease runs holds the claim, any other backs off.</summary>
    private async Task<RetentionRun?> ClaimAsync(string trigger, DateTime now, int held, CancellationToken ct)
    {
        var run = new RetentionRun { StartedAt = now, LeaseUntil = now + options.Lease, Trigger = trigger, PeopleHeld = held };
        db.RetentionRuns.Add(run);
        await db.SaveChangesAsync(ct);
        var holder = await db.RetentionRuns.Where(r => r.FinishedAt == null && r.LeaseUntil > now).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(ct);
        if (holder == run.Id)
        {
            return run;
        }

        db.RetentionRuns.Remove(run);
        await db.SaveChangesAsync(CancellationToken.None);
        return null;
    }

    /// <summary>One batch and the run's counts (and renewed lease) in one transaction, inside the execution strategy.</summary>
    private async Task InBatchAsync(RetentionRun run, int anonymised, int purged, Func<Task> work, CancellationToken ct)
    {
        var lease = clock.UtcNow + options.Lease;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await work();
            await db.RetentionRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.PeopleAnonymised, r => r.PeopleAnonymised + anonymised)
                .SetProperty(r => r.AccessLogEntriesPurged, r => r.AccessLogEntriesPurged + purged)
                .SetProperty(r => r.LeaseUntil, lease), ct);
            await transaction.CommitAsync(ct);
        });
    }
}

/// <summary>What a run did, or (dry run) would do.</summary>
public sealed record RetentionOutcome(
    bool DryRun, bool Skipped, DateOnly ClosedBefore, DateTime LoggedBefore, IReadOnlyList<long> PeopleAnonymised, int PeopleHeld, int AccessLogEntriesPurged)
{
    public IEnumerable<string> Describe()
    {
        if (Skipped)
        {
            yield return "Another retention run is in progress; nothing done.";
            yield break;
        }

        var verb = DryRun ? "would anonymise" : "anonymised";
        yield return $"{verb} {PeopleAnonymised.Count} people whose accompaniment closed before {ClosedBefore:yyyy-MM-dd}"
            + (PeopleAnonymised.Count > 0 ? $" (job seeker ids {string.Join(", ", PeopleAnonymised)})" : "");
        yield return $"kept {PeopleHeld} people due but with an open complaint or dispute";
        yield return $"{(DryRun ? "would purge" : "purged")} {AccessLogEntriesPurged} access-log entries older than {LoggedBefore:yyyy-MM-dd}";
        yield return "consents, expired or withdrawn, are kept as history";
    }
}
