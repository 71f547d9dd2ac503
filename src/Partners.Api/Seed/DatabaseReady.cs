namespace Partners.Api.Seed;

/// <summary>
/// Open once start-up made the database usable (<see cref="DatabaseInitialiser"/>: migrated when it migrates, and a
/// new database seeded). Hosted services start before and alongside the initialiser, so every background job waits
/// here before its first read: none meets a table that does not exist yet.
/// </summary>
public sealed class DatabaseReady
{
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => ready.Task.IsCompleted;

    public void Open() => ready.TrySetResult();

    public Task WaitAsync(CancellationToken cancellationToken) => ready.Task.WaitAsync(cancellationToken);
}
