using System.Globalization;

namespace CrmGraph.Domain.Churn;

/// <summary>
/// The health / churn-risk score, from 0 (healthy) to 100 (about to leave). Six indicators each add at most their
/// weight; the weights sum to 100:
/// <list type="table">
/// <item>days since the last order (since joining when there is none): weight 25, value ramp(days, 30, 180);</item>
/// <item>days since the last interaction (since joining when there is none): weight 15, value ramp(days, 30, 120);</item>
/// <item>open complaints: weight 20, value min(open, 3) / 3;</item>
/// <item>complaints received in the last 90 days with a broken promise: weight 15, value min(breached, 2) / 2;</item>
/// <item>satisfaction trend: weight 15, value ramp(previous average − recent average, 0, 30) on the normalised 0–100
/// scale; with recent answers but none in the window before, ramp(50 − recent average, 0, 30); 0 without recent answers;</item>
/// <item>order drop: weight 10, value the largest fall, (previous − recent) / previous, of the order count and of the
/// revenue in each currency; 0 when the previous window has no orders.</item>
/// </list>
/// ramp(x, from, full) = clamp((x − from) / (full − from), 0, 1). "Recent" is the last 90 days up to now, "previous"
/// the 90 days before. Days are whole days elapsed. Each value is rounded to four places, each contribution
/// (weight × value) to two, and the score is the sum of the contributions, so a reader can add them up.
/// </summary>
public static class ChurnRisk
{
    /// <summary>The length of the recent window and of the previous one before it.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(90);

    public const decimal LastOrderWeight = 25m;
    public const decimal LastInteractionWeight = 15m;
    public const decimal OpenComplaintsWeight = 20m;
    public const decimal BreachedComplaintsWeight = 15m;
    public const decimal SatisfactionTrendWeight = 15m;
    public const decimal OrderDropWeight = 10m;

    private const int OrderQuietDays = 30;
    private const int OrderSilentDays = 180;
    private const int InteractionQuietDays = 30;
    private const int InteractionSilentDays = 120;
    private const int OpenComplaintsForFullRisk = 3;
    private const int BreachesForFullRisk = 2;
    private const decimal SatisfactionFallForFullRisk = 30m;
    private const decimal NeutralSatisfaction = 50m;

    /// <summary>The start of the recent window: what happened after it is recent.</summary>
    public static DateTimeOffset RecentSince(DateTimeOffset now) => now - Window;

    /// <summary>The start of the previous window, which ends where the recent one starts.</summary>
    public static DateTimeOffset PreviousSince(DateTimeOffset now) => now - (2 * Window);

    public static HealthScore Score(HealthFacts facts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(facts);
        HealthFactor[] factors =
        [
            Silence(HealthFactorName.DaysSinceLastOrder, LastOrderWeight, "order", facts.LastOrderAt, facts.CustomerSince, now, OrderQuietDays, OrderSilentDays),
            Silence(HealthFactorName.DaysSinceLastInteraction, LastInteractionWeight, "interaction", facts.LastInteractionAt, facts.CustomerSince, now, InteractionQuietDays, InteractionSilentDays),
            OpenComplaints(facts.OpenComplaints),
            BreachedComplaints(facts.RecentBreachedComplaints),
            SatisfactionTrend(facts.RecentSatisfaction, facts.PreviousSatisfaction),
            OrderDrop(facts.RecentOrders, facts.PreviousOrders),
        ];
        return new HealthScore(factors.Sum(f => f.Contribution), factors, now);
    }

    private static HealthFactor Silence(
        HealthFactorName name, decimal weight, string what, DateTimeOffset? last, DateTimeOffset customerSince, DateTimeOffset now, int quietDays, int silentDays)
    {
        var days = WholeDaysBetween(last ?? customerSince, now);
        var said = last is null
            ? Text($"No {what} yet, {days} days after joining")
            : Text($"Last {what} {days} days ago");
        return Factor(name, weight, Ramp(days, quietDays, silentDays), Text($"{said}; the risk starts after {quietDays} days and is full at {silentDays}."));
    }

    private static HealthFactor OpenComplaints(int open) =>
        Counted(HealthFactorName.OpenComplaints, OpenComplaintsWeight, open, OpenComplaintsForFullRisk, "open");

    private static HealthFactor BreachedComplaints(int breached) =>
        Counted(HealthFactorName.BreachedComplaints, BreachedComplaintsWeight, breached, BreachesForFullRisk, Text($"received in the last {Window.Days} days with a broken promise"));

    /// <summary>A factor that grows with a number of complaints until <paramref name="forFullRisk"/> of them.</summary>
    private static HealthFactor Counted(HealthFactorName name, decimal weight, int count, int forFullRisk, string which) =>
        Factor(name, weight, Math.Clamp(count, 0, forFullRisk) / (decimal)forFullRisk, Text($"{Complaints(count)} {which}; {forFullRisk} or more count fully."));

    private static HealthFactor SatisfactionTrend(SatisfactionAverage? recent, SatisfactionAverage? previous)
    {
        if (recent is null)
        {
            return Factor(HealthFactorName.SatisfactionTrend, SatisfactionTrendWeight, 0m, Text($"No survey answers in the last {Window.Days} days."));
        }

        var (baseline, against) = previous is null
            ? (NeutralSatisfaction, Text($"the neutral {NeutralSatisfaction} (no answers in the {Window.Days} days before)"))
            : (previous.Average, Text($"{previous.Average:0.##} from {Answers(previous.Responses)} in the {Window.Days} days before"));
        var fall = baseline - recent.Average;
        return Factor(
            HealthFactorName.SatisfactionTrend,
            SatisfactionTrendWeight,
            Ramp(fall, 0m, SatisfactionFallForFullRisk),
            Text($"Average satisfaction {recent.Average:0.##} of 100 from {Answers(recent.Responses)} in the last {Window.Days} days against {against}; a fall of {SatisfactionFallForFullRisk} points counts fully."));
    }

    private static HealthFactor OrderDrop(OrderWindow recent, OrderWindow previous)
    {
        if (previous.Count == 0)
        {
            return Factor(HealthFactorName.OrderDrop, OrderDropWeight, 0m, Text($"No orders in the {Window.Days} days before the last {Window.Days} to compare with."));
        }

        var parts = new List<string> { Text($"orders {previous.Count} → {recent.Count}") };
        var drop = Fall(previous.Count, recent.Count);
        foreach (var (currency, before) in previous.RevenueByCurrency.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var now = recent.RevenueByCurrency.GetValueOrDefault(currency);
            parts.Add(Text($"revenue {before:0.00} → {now:0.00} {currency}"));
            drop = Math.Max(drop, Fall(before, now));
        }

        return Factor(
            HealthFactorName.OrderDrop,
            OrderDropWeight,
            drop,
            Text($"Last {Window.Days} days against the {Window.Days} before: {string.Join(", ", parts)}; the largest fall ({drop:0%}) counts, a full stop counts fully."));
    }

    private static HealthFactor Factor(HealthFactorName name, decimal weight, decimal value, string explanation)
    {
        var rounded = Math.Round(value, 4, MidpointRounding.AwayFromZero);
        return new HealthFactor(name, weight, rounded, Math.Round(weight * rounded, 2, MidpointRounding.AwayFromZero), explanation);
    }

    /// <summary>How far a figure fell, as a share of what it was: 0 when it held or grew.</summary>
    private static decimal Fall(decimal before, decimal now) => before <= 0m ? 0m : Math.Clamp((before - now) / before, 0m, 1m);

    private static decimal Ramp(decimal x, decimal from, decimal full) => Math.Clamp((x - from) / (full - from), 0m, 1m);

    /// <summary>Whole days from <paramref name="from"/> to <paramref name="to"/>; a time in the future counts as none.</summary>
    private static int WholeDaysBetween(DateTimeOffset from, DateTimeOffset to) => (int)Math.Max(0, (to - from).Ticks / TimeSpan.TicksPerDay);

    private static string Complaints(int count) => count == 1 ? "1 complaint" : Text($"{count} complaints");

    private static string Answers(int count) => count == 1 ? "1 answer" : Text($"{count} answers");

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
