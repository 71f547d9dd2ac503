namespace Partners.Tests.Infrastructure;

/// <summary>
/// A host over a database of the test's choosing: several instances sharing one, or one restarted on an existing
/// one. Revocations are re-read every 200 ms.
/// </summary>
public sealed class SharedDatabaseFactory(string connectionString) : PartnersApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("ConnectionStrings:Partners", connectionString),
        new("Identity:RevocationPollInterval", "00:00:00.200"),
    ];
}

/// <summary>A temporary SQLite file for <see cref="SharedDatabaseFactory"/> hosts, deleted (with its WAL) on dispose.</summary>
public sealed class TemporaryDatabase : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"partners-shared-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={path};Pooling=False";

    public void Dispose()
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // A temporary file left behind is harmless.
            }
        }
    }
}
