using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Partners.Data.Infrastructure;

/// <summary>
/// Every SQLite connection waits for the writer's lock inside SQLite (<c>busy_timeout</c>, fine-grained sleeps)
/// instead of failing with SQLITE_BUSY and letting the driver sleep 150 ms before each retry. The file is put in
/// WAL mode the first time this process opens it (WAL is a property of the file): readers never wait for the
/// writer, and a commit appends to the log.
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 10_000;

    public static readonly SqliteConnectionSettings Instance = new();

    private readonly ConcurrentDictionary<string, bool> walFiles = new(StringComparer.Ordinal);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The busy timeout is set on the native handle (a call, not a statement: EF opens a connection per query); the
    /// WAL mode with one statement, the first time the process opens the file.
    /// </summary>
    private void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            SQLitePCL.raw.sqlite3_busy_timeout(handle, BusyTimeoutMilliseconds);
        }

        if (walFiles.TryAdd(connection.DataSource, true))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL;";
            command.ExecuteNonQuery();
        }
    }
}
