using System.Globalization;
using CrmGraph.Data.Functions;

namespace CrmGraph.GraphQL.Satisfaction;

/// <summary>The start, key and label of a day, week or month bucket, from its <see cref="UtcCalendar"/> number.</summary>
internal static class SatisfactionPeriods
{
    public static bool IsPeriod(SatisfactionGrouping? by) => by is SatisfactionGrouping.Day or SatisfactionGrouping.Week or SatisfactionGrouping.Month;

    public static DateTimeOffset StartOf(SatisfactionGrouping by, int number) => by switch
    {
        SatisfactionGrouping.Day => UtcCalendar.DayStart(number),
        SatisfactionGrouping.Week => UtcCalendar.DayStart(number * UtcCalendar.DaysPerWeek),
        SatisfactionGrouping.Month => UtcCalendar.MonthStart(number),
        _ => throw new ArgumentOutOfRangeException(nameof(by), by, "Not a period."),
    };

    /// <summary>
    /// A stable ISO 8601 key (<c>2026-03-05</c>, <c>2026-W10</c>, <c>2026-03</c>) and a label for people
    /// (<c>5 March 2026</c>, <c>Week 10 of 2026</c>, <c>March 2026</c>).
    /// </summary>
    public static (string Key, string Label) Describe(SatisfactionGrouping by, int number)
    {
        var start = StartOf(by, number).UtcDateTime;
        var invariant = CultureInfo.InvariantCulture;
        return by switch
        {
            SatisfactionGrouping.Week => (
                string.Create(invariant, $"{ISOWeek.GetYear(start)}-W{ISOWeek.GetWeekOfYear(start):00}"),
                string.Create(invariant, $"Week {ISOWeek.GetWeekOfYear(start)} of {ISOWeek.GetYear(start)}")),
            SatisfactionGrouping.Month => (start.ToString("yyyy-MM", invariant), start.ToString("MMMM yyyy", invariant)),
            _ => (start.ToString("yyyy-MM-dd", invariant), start.ToString("d MMMM yyyy", invariant)),
        };
    }
}
