using System.Linq.Expressions;
using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.GraphQL.Satisfaction;

/// <summary>
/// Adds surveys up in the database, in one statement: per bucket key, scale, overall score and likelihood to
/// recommend, the number of responses and each dimension's sums. However many surveys match, what comes back is
/// at most a few hundred rows per bucket, and <see cref="SatisfactionFigures"/> applies the rules to those.
/// </summary>
internal static class ResponseGroupQuery
{
    /// <summary>
    /// The sums of one dimension, written once: <see cref="Perception"/> and <see cref="Expectation"/> stand for
    /// that dimension's two columns and are replaced by them for each dimension in turn.
    /// </summary>
    private static readonly Expression<Func<IGrouping<ResponseGroupKey, KeyedSurvey>, DimensionSums>> SumsOfOneDimension = g => new DimensionSums(
        g.Count(k => Perception(k.Survey) != null),
        g.Sum(k => (long)(Perception(k.Survey) ?? 0)),
        g.Count(k => Expectation(k.Survey) != null),
        g.Sum(k => (long)(Expectation(k.Survey) ?? 0)),
        g.Sum(k => Expectation(k.Survey) != null ? (long)(Perception(k.Survey) ?? 0) : 0L));

    private static readonly Expression<Func<IGrouping<ResponseGroupKey, KeyedSurvey>, ResponseGroupRow>> Projection =
        (Expression<Func<IGrouping<ResponseGroupKey, KeyedSurvey>, ResponseGroupRow>>)new TemplateExpansion(null).Visit(
            (Expression<Func<IGrouping<ResponseGroupKey, KeyedSurvey>, ResponseGroupRow>>)(g => new ResponseGroupRow
            {
                Key = g.Key,
                Responses = g.Count(),
                Dimensions = SumsOfEachDimension(g),
            }));

    public static IQueryable<ResponseGroupRow> Of(IQueryable<KeyedSurvey> surveys) =>
        surveys
            .GroupBy(k => new ResponseGroupKey { Bucket = k.Bucket, Scale = k.Survey.Scale, OverallScore = k.Survey.OverallScore, RecommendScore = k.Survey.RecommendScore })
            .Select(Projection);

    // Stand-ins of the templates above; they never run.
    private static int? Perception(SatisfactionSurvey survey) => throw new InvalidOperationException($"A stand-in for a column of {survey}.");

    private static int? Expectation(SatisfactionSurvey survey) => throw new InvalidOperationException($"A stand-in for a column of {survey}.");

    private static DimensionSums[] SumsOfEachDimension(IGrouping<ResponseGroupKey, KeyedSurvey> group) =>
        throw new InvalidOperationException($"A stand-in for the sums of {group.Key}.");

    /// <summary>Replaces the stand-ins: the dimension list by one expanded template per dimension, the columns by <paramref name="column"/>'s.</summary>
    private sealed class TemplateExpansion(SurveyDimensionColumns? column) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(ResponseGroupQuery))
            {
                return base.VisitMethodCall(node);
            }

            var argument = Visit(node.Arguments[0]);
            return node.Method.Name switch
            {
                nameof(SumsOfEachDimension) => Expression.NewArrayInit(
                    typeof(DimensionSums),
                    SurveyDimensionColumns.All.Select(c => new TemplateExpansion(c).Visit(ParameterReplacer.Inline(SumsOfOneDimension, argument)))),
                nameof(Perception) => ParameterReplacer.Inline(column!.Perception, argument),
                nameof(Expectation) => ParameterReplacer.Inline(column!.Expectation, argument),
                _ => throw new InvalidOperationException($"{node.Method.Name} is no stand-in."),
            };
        }
    }
}
