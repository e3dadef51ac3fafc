using CrmGraph.Data.Access;
using CrmGraph.Data.Functions;

namespace CrmGraph.Data.Providers;

/// <summary>The production provider, with its own migrations.</summary>
public sealed class SqlServerCrmDbContext : CrmDbContext
{
    public SqlServerCrmDbContext(DbContextOptions<SqlServerCrmDbContext> options, DataAccessScope access)
        : base(options, access)
    {
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        UtcCalendarTranslations.MapForSqlServer(modelBuilder);
        CrmDbFunctions.AddTo(modelBuilder, DatabaseProvider.SqlServer);
    }
}
