using CrmGraph.Data.Access;
using CrmGraph.Data.Providers;
using CrmGraph.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Data;

/// <summary>Brings the database up to date at start-up and, when it is empty and demo data is wanted, fills it with demo data.</summary>
public static class DatabaseInitializer
{
    /// <param name="services">The server's services.</param>
    /// <param name="isDevelopment">Whether the server runs in Development, the only place demo data is seeded unasked.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public static async Task InitializeAsync(IServiceProvider services, bool isDevelopment, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<DatabaseOptions>();
        await using var scope = services.CreateServerWorkScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        if (options.MigrateOnStartup)
        {
            await MigrateAsync(db, options, cancellationToken).ConfigureAwait(false);
        }

        if (options.SeedDemoData ?? isDevelopment)
        {
            var clock = scope.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
            await new DemoDataSeeder(db, DemoDataSize.Small, clock.GetUtcNow()).SeedIfEmptyAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Applies the provider's pending migrations, creating the SQLite file's folder first.</summary>
    public static async Task MigrateAsync(CrmDbContext db, DatabaseOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        EnsureSqliteFolderExists(options);
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // Write-ahead logging lets readers carry on while a request writes; the setting stays with the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }
    }

    private static void EnsureSqliteFolderExists(DatabaseOptions options)
    {
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
