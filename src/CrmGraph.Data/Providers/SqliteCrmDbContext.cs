using CrmGraph.Data.Access;
using CrmGraph.Data.Functions;

namespace CrmGraph.Data.Providers;

/// <summary>The embedded default: an SQLite file, with its own migrations.</summary>
public sealed class SqliteCrmDbContext : CrmDbContext
{
    public SqliteCrmDbContext(DbContextOptions<SqliteCrmDbContext> options, DataAccessScope access)
        : base(options, access)
    {
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Customers are ranked by risk score through an index, which needs a numeric column.
        modelBuilder.Entity<Customer>().Property(c => c.RiskScore).HasConversion<HundredthsConverter>();
        UtcCalendarTranslations.MapForSqlite(modelBuilder);
        CrmDbFunctions.AddTo(modelBuilder, DatabaseProvider.Sqlite);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no date type: instants are stored as UTC ticks so that they sort and compare in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
