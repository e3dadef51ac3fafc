using CrmGraph.Data.Access;
using CrmGraph.Data.Functions;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Data.Tests.Functions;

/// <summary>The calendar numbers mean what they say in C#, and SQLite computes exactly the same ones.</summary>
public sealed class UtcCalendarTests : IDisposable
{
    private readonly Microsoft.Data.Sqlite.SqliteConnection _connection = new("Data Source=:memory:");

    // Either side of a week, a year and a leap day, before 1970, and with offsets that put the UTC date elsewhere.
    private static readonly DateTimeOffset[] Samples =
    [
        new DateTimeOffset(2026, 3, 1, 23, 59, 59, TimeSpan.Zero).AddTicks(9_999_999),
        new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero),
        new(2025, 12, 31, 23, 59, 59, TimeSpan.Zero),
        new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        new(2024, 2, 29, 12, 0, 0, TimeSpan.Zero),
        new(1969, 12, 31, 23, 59, 59, TimeSpan.Zero),
        new(2026, 3, 2, 1, 30, 0, TimeSpan.FromHours(2)),
        new(2026, 4, 1, 0, 30, 0, TimeSpan.FromHours(1)),
        new(2026, 3, 31, 22, 0, 0, TimeSpan.FromHours(-5)),
    ];

    public static TheoryData<DateTimeOffset> Instants => [.. Samples];

    [Fact]
    public void Day_zero_is_a_monday_so_weeks_run_monday_to_sunday()
    {
        Assert.Equal(DayOfWeek.Monday, UtcCalendar.DayStart(0).DayOfWeek);
        var sunday = UtcCalendar.DayNumber(new DateTimeOffset(2026, 3, 1, 23, 59, 59, TimeSpan.Zero));
        var monday = UtcCalendar.DayNumber(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        var nextSunday = UtcCalendar.DayNumber(new DateTimeOffset(2026, 3, 8, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(monday / UtcCalendar.DaysPerWeek, nextSunday / UtcCalendar.DaysPerWeek);
        Assert.Equal((monday / UtcCalendar.DaysPerWeek) - 1, sunday / UtcCalendar.DaysPerWeek);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero), UtcCalendar.DayStart(monday / UtcCalendar.DaysPerWeek * UtcCalendar.DaysPerWeek));
    }

    [Theory]
    [MemberData(nameof(Instants))]
    public void Numbers_count_utc_days_and_months_and_lead_back_to_their_start(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;

        Assert.Equal(new DateTimeOffset(utc.Date, TimeSpan.Zero), UtcCalendar.DayStart(UtcCalendar.DayNumber(at)));
        Assert.Equal(new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero), UtcCalendar.MonthStart(UtcCalendar.MonthNumber(at)));
    }

    [Fact]
    public async Task Sqlite_computes_the_same_day_and_month_numbers()
    {
        await using var db = await CreateAsync();
        for (var i = 0; i < Samples.Length; i++)
        {
            var details = new CustomerDetails($"Customer {i}", CustomerKind.Person, new ContactDetails(null, null, null, null), CustomerSegment.Standard, null, null);
            db.Customers.Add(Customer.Create($"C-{i}", details, Samples[i]).Value);
        }

        await db.SaveChangesAsync();

        var computed = await db.Customers
            .Select(c => new { c.CreatedAt, Day = UtcCalendar.DayNumber(c.CreatedAt), Week = UtcCalendar.DayNumber(c.CreatedAt) / UtcCalendar.DaysPerWeek, Month = UtcCalendar.MonthNumber(c.CreatedAt) })
            .ToListAsync();

        Assert.Equal(Samples.Length, computed.Count);
        Assert.All(computed, row => Assert.Equal(
            (UtcCalendar.DayNumber(row.CreatedAt), UtcCalendar.DayNumber(row.CreatedAt) / UtcCalendar.DaysPerWeek, UtcCalendar.MonthNumber(row.CreatedAt)),
            (row.Day, row.Week, row.Month)));
    }

    public void Dispose() => _connection.Dispose();

    private async Task<SqliteCrmDbContext> CreateAsync()
    {
        await _connection.OpenAsync();
        var db = new SqliteCrmDbContext(new DbContextOptionsBuilder<SqliteCrmDbContext>().UseSqlite(_connection).Options, DataAccessScope.Everything());
        await db.Database.EnsureCreatedAsync();
        return db;
    }
}
