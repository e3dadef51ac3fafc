using CrmGraph.Data.Access;
namespace CrmGraph.Data.Tests;

public sealed class SqliteMigrationTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"crmgraph-data-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Migrations_create_a_database_that_matches_the_model_and_seeds_once()
    {
        await using var db = new SqliteCrmDbContext(new DbContextOptionsBuilder<SqliteCrmDbContext>().UseSqlite($"Data Source={_file}").Options, DataAccessScope.Everything());
        Assert.False(db.Database.HasPendingModelChanges(), "The SQLite model changed without a migration; add one under Migrations/Sqlite.");

        await db.Database.MigrateAsync();
        var now = new DateTimeOffset(2026, 11, 22, 15, 0, 0, TimeSpan.Zero);
        var seeder = new Seeding.DemoDataSeeder(db, Seeding.DemoDataSize.Small, now);
        Assert.True(await seeder.SeedIfEmptyAsync(CancellationToken.None));
        var customers = await db.Customers.CountAsync();
        Assert.Equal(Seeding.DemoDataSize.Small.Customers, customers);

        // A second run finds data and leaves it alone.
        Assert.False(await new Seeding.DemoDataSeeder(db, Seeding.DemoDataSize.Small, now).SeedIfEmptyAsync(CancellationToken.None));
        Assert.Equal(customers, await db.Customers.CountAsync());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
