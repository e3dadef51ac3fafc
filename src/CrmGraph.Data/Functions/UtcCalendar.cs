namespace CrmGraph.Data.Functions;

/// <summary>
/// Calendar numbers of an instant in UTC, for queries that bucket rows by day, week or month in the database.
/// Each method runs in C# and is translated to SQL on both providers (<see cref="UtcCalendarTranslations"/>), so
/// a bucket computed by the database and one computed here always agree. Day 0 is 0001-01-01, a Monday, so
/// <c>day / 7</c> numbers weeks that run Monday to Sunday, as ISO weeks do.
/// </summary>
public static class UtcCalendar
{
    public const int DaysPerWeek = 7;

    private const int MonthsPerYear = 12;

    /// <summary>Whole days from 0001-01-01 to the instant's UTC date.</summary>
    public static int DayNumber(DateTimeOffset at) => (int)(at.UtcTicks / TimeSpan.TicksPerDay);

    /// <summary>Whole months from January of year 1 to the instant's UTC month.</summary>
    public static int MonthNumber(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return ((utc.Year - 1) * MonthsPerYear) + utc.Month - 1;
    }

    /// <summary>The UTC midnight that starts day <paramref name="dayNumber"/>.</summary>
    public static DateTimeOffset DayStart(int dayNumber) => new(dayNumber * TimeSpan.TicksPerDay, TimeSpan.Zero);

    /// <summary>The UTC midnight that starts month <paramref name="monthNumber"/>.</summary>
    public static DateTimeOffset MonthStart(int monthNumber) =>
        new((monthNumber / MonthsPerYear) + 1, (monthNumber % MonthsPerYear) + 1, 1, 0, 0, 0, TimeSpan.Zero);
}
