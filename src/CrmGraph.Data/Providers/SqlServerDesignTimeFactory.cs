using CrmGraph.Data.Access;
using Microsoft.EntityFrameworkCore.Design;

namespace CrmGraph.Data.Providers;

/// <summary>Builds the SQL Server context for the EF Core tools; no server is contacted to add a migration.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerCrmDbContext>
{
    public SqlServerCrmDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerCrmDbContext>().UseSqlServer("Server=.;Database=CrmGraph;Trusted_Connection=True;TrustServerCertificate=True").Options, DataAccessScope.Everything());
}
