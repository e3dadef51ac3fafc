using CrmGraph.Data.Access;
using Microsoft.EntityFrameworkCore.Design;

namespace CrmGraph.Data.Providers;

/// <summary>Builds the SQLite context for the EF Core tools when adding a migration.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCrmDbContext>
{
    public SqliteCrmDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCrmDbContext>().UseSqlite("Data Source=design-time.db").Options, DataAccessScope.Everything());
}
