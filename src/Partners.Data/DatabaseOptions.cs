namespace Partners.Data;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (embedded default: dev, demo, tests) or <c>SqlServer</c> (production).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Migrate the database at start-up (Development); in Production the <c>tools/</c> command does it.</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>Seed the demo network at start-up (Development only).</summary>
    public bool SeedDemoData { get; set; }
}

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
