using System.Linq.Expressions;
using CrmGraph.Data.Providers;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace CrmGraph.Data.Functions;

/// <summary>
/// SQL functions for queries that no LINQ operator expresses on both providers. Instants are ticks on SQLite
/// and <c>datetimeoffset</c> on SQL Server, so the difference between two is translated for each.
/// </summary>
public static class CrmDbFunctions
{
    private const long TicksPerSecond = TimeSpan.TicksPerSecond;

    /// <summary>Whole seconds from <paramref name="from"/> to <paramref name="to"/>; for use in queries only.</summary>
    public static long SecondsBetween(DateTimeOffset from, DateTimeOffset to) =>
        throw new NotSupportedException($"{nameof(SecondsBetween)} is translated to SQL; it cannot run in memory.");

    internal static void AddTo(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        var method = typeof(CrmDbFunctions).GetMethod(nameof(SecondsBetween))!;
        modelBuilder.HasDbFunction(method).HasTranslation(provider == DatabaseProvider.SqlServer ? SqlServerSecondsBetween : SqliteSecondsBetween);
    }

    // SQLite keeps UTC ticks (UtcTicksConverter); integer division truncates to whole seconds.
    private static SqlBinaryExpression SqliteSecondsBetween(IReadOnlyList<SqlExpression> arguments)
    {
        var integer = new LongTypeMapping("INTEGER");
        var ticks = new SqlBinaryExpression(ExpressionType.Subtract, arguments[1], arguments[0], typeof(long), integer);
        return new SqlBinaryExpression(ExpressionType.Divide, ticks, new SqlConstantExpression(TicksPerSecond, integer), typeof(long), integer);
    }

    // DATEDIFF_BIG, not DATEDIFF: sums of many differences are summed as bigint and never overflow.
    private static SqlFunctionExpression SqlServerSecondsBetween(IReadOnlyList<SqlExpression> arguments) =>
        new(
            "DATEDIFF_BIG",
            [new SqlFragmentExpression("second"), arguments[0], arguments[1]],
            nullable: true,
            argumentsPropagateNullability: [false, true, true],
            typeof(long),
            new LongTypeMapping("bigint"));
}
