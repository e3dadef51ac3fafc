namespace CrmGraph.Domain.Satisfaction;

/// <summary>
/// The satisfaction figures of a set of responses, as DOMAIN.md defines them, each rounded to two decimals:
/// CSAT (% of responses in the top two levels), the average normalised score (0–100, so 5- and 7-level answers
/// average together), NPS (% promoters − % detractors among the responses with a 0–10 answer, −100…100) and
/// the five dimensions. A figure with nothing to compute it from is null, never zero or NaN.
/// </summary>
public sealed record SatisfactionFigures(
    int ResponseCount,
    decimal? CsatPercent,
    decimal? AverageNormalisedScore,
    decimal? Nps,
    int RecommendationCount,
    IReadOnlyList<DimensionFigures> Dimensions)
{
    public const int Decimals = 2;

    /// <summary>The figures of all the responses in <paramref name="groups"/> (of either scale, in any number).</summary>
    public static SatisfactionFigures From(IEnumerable<ResponseGroup> groups)
    {
        var all = groups.ToList();
        int responses = 0, topTwo = 0, recommendations = 0, promoters = 0, detractors = 0;
        var scorePoints = 0m;
        foreach (var group in all)
        {
            responses += group.Responses;
            topTwo += SatisfactionMath.IsTopTwo(group.OverallScore, group.Scale) ? group.Responses : 0;
            scorePoints += SatisfactionMath.NormalisedScore(group.OverallScore, group.Scale) * group.Responses;
            if (group.RecommendScore is { } recommend)
            {
                recommendations += group.Responses;
                var category = SatisfactionMath.NpsCategoryOf(recommend);
                promoters += category == NpsCategory.Promoter ? group.Responses : 0;
                detractors += category == NpsCategory.Detractor ? group.Responses : 0;
            }
        }

        return new SatisfactionFigures(
            responses,
            Ratio(topTwo * 100m, responses),
            Ratio(scorePoints, responses),
            Ratio((promoters - detractors) * 100m, recommendations),
            recommendations,
            Enum.GetValues<ServiceQualityDimension>().Select(d => DimensionFigures.From(d, all)).ToList());
    }

    /// <summary><paramref name="total"/> / <paramref name="count"/>, rounded half away from zero; null for no count.</summary>
    internal static decimal? Ratio(decimal total, int count) =>
        count == 0 ? null : Math.Round(total / count, Decimals, MidpointRounding.AwayFromZero);
}
