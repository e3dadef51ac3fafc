using System.Linq.Expressions;
using CrmGraph.Domain.Satisfaction;
using CrmGraph.GraphQL.Satisfaction;

namespace CrmGraph.GraphQL.Staff;

/// <summary>
/// The survey responses about each staff member's work in a period, tallied per answer scale in one pass over
/// the surveys: how many responses gave each overall score, and per service-quality dimension how many
/// perceptions and expectations were given and their sums. Which scores are satisfied and what they
/// normalise to is left to the domain.
/// </summary>
internal static class SurveyTallyQuery
{
    // Per dimension, in the order of SurveyDimensionColumns.All: perceptions given, their sum, expectations given, their sum.
    private const int FiguresPerDimension = 4;

    private static readonly Expression<Func<IGrouping<ScoreKey, SatisfactionSurvey>, long?[], ScoreRow>> RowShape =
        (g, dimensions) => new ScoreRow(g.Key.StaffId, g.Key.Scale, g.Key.Score, g.Count(), dimensions);

    private static readonly Expression<Func<IGrouping<ScoreKey, SatisfactionSurvey>, ScoreRow>> Row = WithDimensionFigures();

    public static async Task<ILookup<int, ScaleTally>> ByStaffAsync(
        CrmDbContext db, IQueryable<int> staffIds, Period period, CancellationToken cancellationToken)
    {
        var rows = await Scores(db, staffIds, period).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows
            .GroupBy(r => (r.StaffId, r.Scale))
            .ToLookup(g => g.Key.StaffId, g => new ScaleTally(
                g.Key.Scale,
                g.Sum(r => r.Responses),
                g.Where(r => SatisfactionMath.IsTopTwo(r.Score, g.Key.Scale)).Sum(r => r.Responses),
                g.Sum(r => (long)r.Score * r.Responses),
                [.. SurveyDimensionColumns.All.Select((columns, i) => Tally(columns.Dimension, g, i * FiguresPerDimension)).Where(d => d.Perceptions + d.Expectations > 0)]));
    }

    /// <summary>Per staff member, scale and overall score: the responses that gave it, and their dimension figures.</summary>
    public static IQueryable<ScoreRow> Scores(CrmDbContext db, IQueryable<int> staffIds, Period period)
    {
        var (start, end) = (period.From, period.To);
        return db.Surveys.AsNoTracking()
            .Where(s => s.StaffMemberId != null && staffIds.Contains(s.StaffMemberId.Value) && s.RespondedAt >= start && s.RespondedAt < end)
            .GroupBy(s => new ScoreKey { StaffId = s.StaffMemberId!.Value, Scale = s.Scale, Score = s.OverallScore })
            .Select(Row);
    }

    private static DimensionTally Tally(ServiceQualityDimension dimension, IEnumerable<ScoreRow> rows, int first)
    {
        long Figure(int offset) => rows.Sum(r => r.Dimensions[first + offset] ?? 0);
        return new DimensionTally(dimension, (int)Figure(0), Figure(1), (int)Figure(2), Figure(3));
    }

    // The four figures of every dimension, as aggregates of the group, built from the dimension columns.
    private static Expression<Func<IGrouping<ScoreKey, SatisfactionSurvey>, ScoreRow>> WithDimensionFigures()
    {
        var group = RowShape.Parameters[0];
        var figures = SurveyDimensionColumns.All.SelectMany(c => new Expression[] { Given(group, c.Perception), Sum(group, c.Perception), Given(group, c.Expectation), Sum(group, c.Expectation) });
        var body = new ParameterReplacer(RowShape.Parameters[1], Expression.NewArrayInit(typeof(long?), figures)).Visit(RowShape.Body);
        return Expression.Lambda<Func<IGrouping<ScoreKey, SatisfactionSurvey>, ScoreRow>>(body, group);
    }

    // g.Count(s => column != null)
    private static UnaryExpression Given(ParameterExpression group, Expression<Func<SatisfactionSurvey, int?>> column)
    {
        var answered = Expression.Lambda<Func<SatisfactionSurvey, bool>>(Expression.NotEqual(column.Body, Expression.Constant(null, typeof(int?))), column.Parameters);
        return Expression.Convert(Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(SatisfactionSurvey)], group, answered), typeof(long?));
    }

    // g.Sum(s => (long?)column)
    private static MethodCallExpression Sum(ParameterExpression group, Expression<Func<SatisfactionSurvey, int?>> column)
    {
        var widened = Expression.Lambda<Func<SatisfactionSurvey, long?>>(Expression.Convert(column.Body, typeof(long?)), column.Parameters);
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Sum), [typeof(SatisfactionSurvey)], group, widened);
    }

    // Settable members rather than a constructor: EF Core groups by a member-initialised key.
    internal sealed class ScoreKey
    {
        public int StaffId { get; init; }

        public SurveyScale Scale { get; init; }

        public int Score { get; init; }
    }

    /// <param name="Dimensions">Four figures per dimension, in the order of <see cref="SurveyDimensionColumns.All"/>.</param>
    internal sealed record ScoreRow(int StaffId, SurveyScale Scale, int Score, int Responses, IReadOnlyList<long?> Dimensions);
}
