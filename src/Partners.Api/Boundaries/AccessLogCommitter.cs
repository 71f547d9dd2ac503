using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Partners.Data;
using Partners.Domain.Boundaries;

namespace Partners.Api.Boundaries;

/// <summary>
/// The one writer of the access log (group commit): requests hand over their entries and wait; the writer takes
/// everything that queued up meanwhile, commits it in one transaction (one INSERT whatever the number of entries, see
/// <see cref="AccessLogWriter"/>) and then releases each waiting request. A request's answer leaves only once its
/// entries are durable; when the commit fails, every request of the batch gets the failure (and withholds its data).
/// SQLite has one writer at a time: one committer on one connection, instead of one INSERT per request queueing on
/// the file's lock.
/// </summary>
public sealed class AccessLogCommitter(IServiceScopeFactory scopes, ILogger<AccessLogCommitter> logger) : IAsyncDisposable
{
    /// <summary>The most entries one commit takes; the rest wait for the next one.</summary>
    public const int MaxEntriesPerCommit = 2000;

    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>();
    private readonly Lock gate = new();
    private Task? writer;
    private AsyncServiceScope? writerScope;

    /// <summary>Requests waiting for the next commit (not counting those of the commit under way).</summary>
    public int Waiting => queue.Reader.Count;

    /// <summary>Completes once <paramref name="entries"/> are committed; throws when they could not be.</summary>
    public Task AppendAsync(IReadOnlyList<AccessLogEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return Task.CompletedTask;
        }

        EnsureWriter();
        var pending = new Pending(entries, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The access log is shutting down.");
        }

        return pending.Committed.Task.WaitAsync(cancellationToken);
    }

    private void EnsureWriter()
    {
        if (writer is not null)
        {
            return;
        }

        lock (gate)
        {
            writer ??= Task.Run(WriteLoopAsync);
        }
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>();
        while (await queue.Reader.WaitToReadAsync())
        {
            var count = 0;
            while (count < MaxEntriesPerCommit && queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
                count += pending.Entries.Count;
            }

            try
            {
                await CommitAsync(batch);
                batch.ForEach(p => p.Committed.TrySetResult());
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "An access-log commit of {Entries} entries failed.", count);
                batch.ForEach(p => p.Committed.TrySetException(exception));
            }

            batch.Clear();
        }
    }

    private async Task CommitAsync(List<Pending> batch)
    {
        List<AccessLogEntry> entries = [.. batch.SelectMany(p => p.Entries)];
        try
        {
            var db = await WriterContextAsync();
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                await AccessLogWriter.WriteAsync(db, entries, CancellationToken.None);
                await transaction.CommitAsync();
            });
        }
        catch
        {
            // A connection that failed to open or broke (a restarted server, a dropped network) is not reused: the next
            // commit opens anew.
            await CloseWriterAsync();
            throw;
        }
    }

    /// <summary>
    /// The writer's one context and connection, kept open between commits (opening a connection and a context per
    /// commit cost more than the INSERT itself); opened on the first commit and again after a failed one.
    /// </summary>
    private async Task<PartnersDbContext> WriterContextAsync()
    {
        if (writerScope is { } open)
        {
            return open.ServiceProvider.GetRequiredService<PartnersDbContext>();
        }

        writerScope = scopes.CreateAsyncScope();
        var db = writerScope.Value.ServiceProvider.GetRequiredService<PartnersDbContext>();
        await db.Database.OpenConnectionAsync();
        return db;
    }

    private async Task CloseWriterAsync()
    {
        if (writerScope is { } open)
        {
            writerScope = null;
            await open.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        if (writer is not null)
        {
            await writer;
        }

        await CloseWriterAsync();
    }

    private sealed record Pending(IReadOnlyList<AccessLogEntry> Entries, TaskCompletionSource Committed);
}
