using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.GraphQL.Satisfaction;

/// <summary>The figure fields that a report and each of its buckets share.</summary>
internal static class SatisfactionFigureFields
{
    public static void AddTo<TSource>(ObjectGraphType<TSource> type, Func<TSource, SatisfactionFigures> figuresOf)
    {
        type.Field<NonNullGraphType<IntGraphType>>("responseCount").Resolve(ctx => figuresOf(ctx.Source).ResponseCount);
        type.Field<DecimalGraphType>("csatPercent")
            .Description("% of responses in the top two levels of their scale (4–5 of 5, 6–7 of 7); null without responses.")
            .Resolve(ctx => figuresOf(ctx.Source).CsatPercent);
        type.Field<DecimalGraphType>("averageNormalizedScore")
            .Description("Average of (score − 1) / (levels − 1) × 100, 0–100; null without responses.")
            .Resolve(ctx => figuresOf(ctx.Source).AverageNormalisedScore);
        type.Field<DecimalGraphType>("nps")
            .Description("Net Promoter Score, −100…100: % promoters (9–10) − % detractors (0–6) among the responses with a likelihood to recommend; null when none has one.")
            .Resolve(ctx => figuresOf(ctx.Source).Nps);
        type.Field<NonNullGraphType<IntGraphType>>("recommendationCount")
            .Description("Responses with a 0–10 likelihood to recommend.")
            .Resolve(ctx => figuresOf(ctx.Source).RecommendationCount);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DimensionFiguresType>>>>("dimensions")
            .Description("The five service-quality dimensions, always all five.")
            .Resolve(ctx => figuresOf(ctx.Source).Dimensions);
    }
}
