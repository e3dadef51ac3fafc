using CrmGraph.Data.Access;

namespace CrmGraph.Data.Providers;

/// <summary>The production provider, with its own migrations.</summary>
public sealed class SqlServerCrmDbContext : CrmDbContext
{
    public SqlServerCrmDbContext(DbContextOptions<SqlServerCrmDbContext> options, DataAccessScope access)
        : base(options, access)
    {
    }
}
