namespace CrmGraph.Data.Providers;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for SQL Server; for SQLite, defaults to a file in the app's data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at start-up (on by default, so the embedded setup just runs).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// Seed the small demo data set at start-up when the database is empty. Unset, it is on in Development only:
    /// a real organisation's database never gets fake customers unless this says so.
    /// </summary>
    public bool? SeedDemoData { get; set; }
}
