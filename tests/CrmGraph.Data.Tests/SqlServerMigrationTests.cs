using CrmGraph.Data.Access;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CrmGraph.Data.Tests;

/// <summary>
/// SQL Server cannot run here, so its model and migrations are checked without a server: the model must
/// build, the migrations must match it, and the full migration script must generate.
/// </summary>
public sealed class SqlServerMigrationTests
{
    private static SqlServerCrmDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<SqlServerCrmDbContext>()
            .UseSqlServer("Server=unreachable.invalid;Database=CrmGraph;Encrypt=True")
            .Options,
            DataAccessScope.Everything());

    [Fact]
    public void The_migrations_describe_the_current_model()
    {
        using var db = CreateContext();
        Assert.False(db.Database.HasPendingModelChanges(), "The SQL Server model changed without a migration; add one under Migrations/SqlServer.");
    }

    [Fact]
    public void The_full_migration_script_generates_with_every_table_and_concurrency_token()
    {
        using var db = CreateContext();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var table in new[] { "Customers", "Partners", "StaffMembers", "Interactions", "ServiceProducts", "AddOnServices", "AddOnAllowances", "PriceLists", "Prices", "ServiceOrders", "ServiceOrderLines", "ServiceOrderAddOns", "Complaints", "ComplaintEvents", "Surveys" })
        {
            Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal);
        }

        Assert.Contains("decimal(18,4)", script, StringComparison.Ordinal);
        Assert.Contains("datetimeoffset", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Customers_Code]", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_sql_server_migrations_belong_to_the_sql_server_context()
    {
        using var db = CreateContext();
        var migrations = db.Database.GetMigrations().ToList();
        Assert.NotEmpty(migrations);
        var assembly = db.GetService<IMigrationsAssembly>();
        Assert.All(assembly.Migrations.Values, type => Assert.Contains(".SqlServer", type.Namespace, StringComparison.Ordinal));
    }
}
