using System.Globalization;
using System.Linq.Expressions;
using CrmGraph.Data.Functions;

namespace CrmGraph.GraphQL.Common;

/// <summary>
/// The periods of a report over [from, to): months or quarters (UTC) clipped to the range, or the whole range as
/// period 0. An instant before the range falls in period −1, so that grouped statements can also count what
/// happened earlier (customers on the books, open complaints) in one row per group.
/// </summary>
public sealed class ReportPeriods
{
    /// <summary>The most periods a report may list, so that a typo in a year cannot ask for thousands of buckets.</summary>
    public const int MaxPeriods = 120;

    public const int Before = -1;

    private const int MonthsPerQuarter = 3;

    private ReportPeriods(Period range, ReportPeriodUnit unit)
    {
        Range = range;
        Unit = unit;
    }

    public Period Range { get; }

    public ReportPeriodUnit Unit { get; }

    /// <summary>The period of an instant, as an expression the database evaluates.</summary>
    public Expression<Func<DateTimeOffset, int>> NumberOf
    {
        get
        {
            var from = Range.From;
            return Unit switch
            {
                ReportPeriodUnit.Month => at => at < from ? Before : UtcCalendar.MonthNumber(at),
                ReportPeriodUnit.Quarter => at => at < from ? Before : UtcCalendar.MonthNumber(at) / MonthsPerQuarter,
                _ => at => at < from ? Before : 0,
            };
        }
    }

    /// <summary>The periods of the range, oldest first.</summary>
    public IReadOnlyList<int> Numbers => Unit == ReportPeriodUnit.None
        ? [0]
        : [.. Enumerable.Range(NumberIn(Range.From), NumberIn(Range.To.AddTicks(-1)) - NumberIn(Range.From) + 1)];

    /// <summary>The periods of <paramref name="range"/>, or a client-facing error when there would be too many.</summary>
    public static ReportPeriods Of(Period range, ReportPeriodUnit unit)
    {
        var periods = new ReportPeriods(range, unit);
        var count = periods.Unit == ReportPeriodUnit.None ? 1 : periods.NumberIn(range.To.AddTicks(-1)) - periods.NumberIn(range.From) + 1;
        return count <= MaxPeriods
            ? periods
            : throw new ExecutionError($"The range from {range.From:O} to {range.To:O} holds {count} periods; at most {MaxPeriods} may be asked for at once.") { Code = ErrorCodes.InvalidArgument };
    }

    /// <summary>When period <paramref name="number"/> starts, within the range.</summary>
    public DateTimeOffset StartOf(int number) => Max(Range.From, CalendarStart(number));

    /// <summary>When period <paramref name="number"/> ends, within the range.</summary>
    public DateTimeOffset EndOf(int number) => Unit == ReportPeriodUnit.None ? Range.To : Min(Range.To, CalendarStart(number + 1));

    /// <summary>A stable key (<c>2026-03</c>, <c>2026-Q1</c>, <c>all</c>) and a label for people (<c>March 2026</c>, <c>Q1 2026</c>).</summary>
    public (string Key, string Label) Describe(int number)
    {
        var invariant = CultureInfo.InvariantCulture;
        var start = CalendarStart(number).UtcDateTime;
        return Unit switch
        {
            ReportPeriodUnit.Month => (start.ToString("yyyy-MM", invariant), start.ToString("MMMM yyyy", invariant)),
            ReportPeriodUnit.Quarter => (
                string.Create(invariant, $"{start.Year}-Q{(number % 4) + 1}"),
                string.Create(invariant, $"Q{(number % 4) + 1} {start.Year}")),
            _ => ("all", "The whole range"),
        };
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private int NumberIn(DateTimeOffset at) => Unit == ReportPeriodUnit.Quarter ? UtcCalendar.MonthNumber(at) / MonthsPerQuarter : UtcCalendar.MonthNumber(at);

    private DateTimeOffset CalendarStart(int number) => Unit switch
    {
        ReportPeriodUnit.Month => UtcCalendar.MonthStart(number),
        ReportPeriodUnit.Quarter => UtcCalendar.MonthStart(number * MonthsPerQuarter),
        _ => Range.From,
    };
}
