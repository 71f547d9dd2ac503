using System.Collections.Concurrent;
using System.Data.Common;
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

    private static readonly string BusyTimeout = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";
    private readonly ConcurrentDictionary<string, bool> walFiles = new(StringComparer.Ordinal);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = PragmasFor(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = PragmasFor(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private string PragmasFor(DbConnection connection) =>
        walFiles.TryAdd(connection.DataSource, true) ? BusyTimeout + " PRAGMA journal_mode = WAL;" : BusyTimeout;
}
