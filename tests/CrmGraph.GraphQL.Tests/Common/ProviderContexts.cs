using CrmGraph.Data;
using CrmGraph.Data.Access;
using CrmGraph.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.GraphQL.Tests.Common;

/// <summary>
/// A unit of work per provider for checking SQL translation; SQL Server cannot run here, so its context
/// points at no server and only generates SQL.
/// </summary>
public static class ProviderContexts
{
    public static TheoryData<string> Providers => [nameof(DatabaseProvider.Sqlite), nameof(DatabaseProvider.SqlServer)];

    public static CrmDbContext Create(string provider) => provider == nameof(DatabaseProvider.SqlServer)
        ? new SqlServerCrmDbContext(new DbContextOptionsBuilder<SqlServerCrmDbContext>().UseSqlServer("Server=unreachable.invalid;Database=CrmGraph").Options, DataAccessScope.Everything())
        : new SqliteCrmDbContext(new DbContextOptionsBuilder<SqliteCrmDbContext>().UseSqlite("Data Source=:memory:").Options, DataAccessScope.Everything());

    /// <summary>The SQL of <paramref name="query"/> with SQL Server's brackets as double quotes, so one expectation fits both.</summary>
    public static string Sql<T>(IQueryable<T> query) => query.ToQueryString().Replace('[', '"').Replace(']', '"');
}
