using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace CrmGraph.Data.Functions;

/// <summary>
/// The SQL of <see cref="UtcCalendar"/> on each provider. SQLite stores instants as UTC ticks, so days are integer
/// division and months come from <c>strftime</c> on the matching Unix time; SQL Server stores
/// <c>datetimeoffset</c>, which is moved to UTC before counting day or month boundaries since 0001-01-01.
/// </summary>
internal static class UtcCalendarTranslations
{
    private const long UnixEpochSeconds = 62_135_596_800;

    private static readonly IntTypeMapping SqliteInteger = new("INTEGER");
    private static readonly LongTypeMapping SqliteLong = new("INTEGER");
    private static readonly StringTypeMapping SqliteText = new("TEXT", System.Data.DbType.String);
    private static readonly IntTypeMapping SqlServerInt = new("int");
    private static readonly DateTimeTypeMapping SqlServerDateTime2 = new("datetime2", System.Data.DbType.DateTime2);
    private static readonly StringTypeMapping SqlServerVarchar = new("varchar(10)", System.Data.DbType.AnsiString);

    public static void MapForSqlite(ModelBuilder model)
    {
        model.HasDbFunction(typeof(UtcCalendar).GetMethod(nameof(UtcCalendar.DayNumber))!)
            .HasTranslation(args => new SqlBinaryExpression(ExpressionType.Divide, args[0], SqliteConstant(TimeSpan.TicksPerDay), typeof(int), SqliteInteger));

        // (year − 1) × 12 + month − 1, read from the Unix time of the stored ticks.
        model.HasDbFunction(typeof(UtcCalendar).GetMethod(nameof(UtcCalendar.MonthNumber))!)
            .HasTranslation(args =>
            {
                var unixSeconds = new SqlBinaryExpression(
                    ExpressionType.Subtract,
                    new SqlBinaryExpression(ExpressionType.Divide, args[0], SqliteConstant(TimeSpan.TicksPerSecond), typeof(long), SqliteLong),
                    SqliteConstant(UnixEpochSeconds),
                    typeof(long),
                    SqliteLong);
                var yearTimesTwelve = new SqlBinaryExpression(ExpressionType.Multiply, SqliteDatePart("%Y", unixSeconds), SqliteConstant(12), typeof(int), SqliteInteger);
                var plusMonth = new SqlBinaryExpression(ExpressionType.Add, yearTimesTwelve, SqliteDatePart("%m", unixSeconds), typeof(int), SqliteInteger);
                return new SqlBinaryExpression(ExpressionType.Subtract, plusMonth, SqliteConstant(13), typeof(int), SqliteInteger);
            });
    }

    public static void MapForSqlServer(ModelBuilder model)
    {
        model.HasDbFunction(typeof(UtcCalendar).GetMethod(nameof(UtcCalendar.DayNumber))!)
            .HasTranslation(args => SqlServerBoundariesSinceYearOne("day", args[0]));
        model.HasDbFunction(typeof(UtcCalendar).GetMethod(nameof(UtcCalendar.MonthNumber))!)
            .HasTranslation(args => SqlServerBoundariesSinceYearOne("month", args[0]));
    }

    private static SqlConstantExpression SqliteConstant(long value) => new(value, typeof(long), SqliteLong);

    /// <summary><c>CAST(strftime(format, seconds, 'unixepoch') AS INTEGER)</c>.</summary>
    private static SqlExpression SqliteDatePart(string format, SqlExpression unixSeconds) =>
        new SqlUnaryExpression(
            ExpressionType.Convert,
            new SqlFunctionExpression(
                "strftime",
                [new SqlConstantExpression(format, typeof(string), SqliteText), unixSeconds, new SqlConstantExpression("unixepoch", typeof(string), SqliteText)],
                nullable: true,
                argumentsPropagateNullability: [false, true, false],
                typeof(string),
                SqliteText),
            typeof(int),
            SqliteInteger);

    /// <summary><c>DATEDIFF(part, '0001-01-01', the instant as a UTC datetime2)</c>: boundaries crossed since year 1.</summary>
    private static SqlFunctionExpression SqlServerBoundariesSinceYearOne(string datePart, SqlExpression instant)
    {
        var utc = new SqlFunctionExpression(
            "SWITCHOFFSET",
            [instant, new SqlConstantExpression("+00:00", typeof(string), SqlServerVarchar)],
            nullable: true,
            argumentsPropagateNullability: [true, false],
            typeof(DateTimeOffset),
            instant.TypeMapping);
        return new SqlFunctionExpression(
            "DATEDIFF",
            [
                new SqlFragmentExpression(datePart, typeof(string), null),
                new SqlUnaryExpression(ExpressionType.Convert, new SqlConstantExpression("0001-01-01", typeof(string), SqlServerVarchar), typeof(DateTime), SqlServerDateTime2),
                new SqlUnaryExpression(ExpressionType.Convert, utc, typeof(DateTime), SqlServerDateTime2),
            ],
            nullable: true,
            argumentsPropagateNullability: [false, false, true],
            typeof(int),
            SqlServerInt);
    }
}
