using System.Linq.Expressions;
using CrmGraph.Domain.Satisfaction;
using CrmGraph.GraphQL.Satisfaction;

namespace CrmGraph.GraphQL.Staff;

/// <summary>
/// The survey responses about each staff member's work in a period, tallied per answer scale in two grouped
/// statements: a histogram of overall scores, and counts and sums per service-quality dimension. Which
/// scores are satisfied and what they normalise to is left to the domain.
/// </summary>
internal static class SurveyTallyQuery
{
    // One row per survey and dimension (the five dimension columns unpivoted with UNION ALL), so that one
    // GROUP BY counts and sums all of them.
    private static readonly Expression<Func<SatisfactionSurvey, ServiceQualityDimension, int?, int?, DimensionAnswer>> AnswerShape =
        (s, dimension, perception, expectation) => new DimensionAnswer
        {
            StaffId = s.StaffMemberId!.Value,
            Scale = s.Scale,
            Dimension = dimension,
            Perception = perception,
            Expectation = expectation,
        };

    public static async Task<ILookup<int, ScaleTally>> ByStaffAsync(
        CrmDbContext db, IQueryable<int> staffIds, Period period, CancellationToken cancellationToken)
    {
        var scores = await Scores(db, staffIds, period).ToListAsync(cancellationToken).ConfigureAwait(false);
        var dimensions = (await Dimensions(db, staffIds, period).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(d => (d.StaffId, d.Scale), d => new DimensionTally(d.Dimension, d.Perceptions, d.PerceptionSum, d.Expectations, d.ExpectationSum));
        return scores
            .GroupBy(s => (s.StaffId, s.Scale))
            .Select(g => (g.Key.StaffId, Tally: new ScaleTally(
                g.Key.Scale,
                g.Sum(s => s.Responses),
                g.Where(s => SatisfactionMath.IsTopTwo(s.Score, g.Key.Scale)).Sum(s => s.Responses),
                g.Sum(s => (long)s.Score * s.Responses),
                [.. dimensions[g.Key]])))
            .ToLookup(t => t.StaffId, t => t.Tally);
    }

    /// <summary>How many responses gave each overall score, per staff member and scale.</summary>
    public static IQueryable<ScoreRow> Scores(CrmDbContext db, IQueryable<int> staffIds, Period period) =>
        About(db, staffIds, period)
            .GroupBy(s => new { StaffId = s.StaffMemberId!.Value, s.Scale, s.OverallScore })
            .Select(g => new ScoreRow(g.Key.StaffId, g.Key.Scale, g.Key.OverallScore, g.Count()));

    /// <summary>Per staff member, scale and dimension: how many perceptions and expectations were given, and their sums.</summary>
    public static IQueryable<DimensionRow> Dimensions(CrmDbContext db, IQueryable<int> staffIds, Period period)
    {
        var surveys = About(db, staffIds, period);
        return DimensionColumns.All
            .Select(columns => surveys.Select(AnswersOf(columns)))
            .Aggregate(Queryable.Concat)
            .Where(a => a.Perception != null || a.Expectation != null)
            .GroupBy(a => new { a.StaffId, a.Scale, a.Dimension })
            .Select(g => new DimensionRow(
                g.Key.StaffId,
                g.Key.Scale,
                g.Key.Dimension,
                g.Count(a => a.Perception != null),
                g.Sum(a => (long?)a.Perception) ?? 0,
                g.Count(a => a.Expectation != null),
                g.Sum(a => (long?)a.Expectation) ?? 0));
    }

    private static IQueryable<SatisfactionSurvey> About(CrmDbContext db, IQueryable<int> staffIds, Period period)
    {
        var (start, end) = (period.From, period.To);
        return db.Surveys.AsNoTracking()
            .Where(s => s.StaffMemberId != null && staffIds.Contains(s.StaffMemberId.Value) && s.RespondedAt >= start && s.RespondedAt < end);
    }

    private static Expression<Func<SatisfactionSurvey, DimensionAnswer>> AnswersOf(DimensionColumns columns)
    {
        var survey = AnswerShape.Parameters[0];
        var body = AnswerShape.Body;
        body = new ParameterReplacer(AnswerShape.Parameters[1], Expression.Constant(columns.Dimension)).Visit(body);
        body = new ParameterReplacer(AnswerShape.Parameters[2], ParameterReplacer.Inline(columns.Perception, survey)).Visit(body);
        body = new ParameterReplacer(AnswerShape.Parameters[3], ParameterReplacer.Inline(columns.Expectation, survey)).Visit(body);
        return Expression.Lambda<Func<SatisfactionSurvey, DimensionAnswer>>(body, survey);
    }

    internal sealed record ScoreRow(int StaffId, SurveyScale Scale, int Score, int Responses);

    // Settable members rather than a constructor: EF Core translates a member-initialised projection to columns,
    // which the UNION ALL needs.
    internal sealed class DimensionAnswer
    {
        public int StaffId { get; init; }

        public SurveyScale Scale { get; init; }

        public ServiceQualityDimension Dimension { get; init; }

        public int? Perception { get; init; }

        public int? Expectation { get; init; }
    }

    internal sealed record DimensionRow(
        int StaffId, SurveyScale Scale, ServiceQualityDimension Dimension, int Perceptions, long PerceptionSum, int Expectations, long ExpectationSum);
}
