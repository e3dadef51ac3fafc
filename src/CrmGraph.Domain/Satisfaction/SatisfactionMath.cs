namespace CrmGraph.Domain.Satisfaction;

/// <summary>
/// The arithmetic that lets answers on different scales be compared: a 0–100 normalised score, the
/// top-two-levels test behind CSAT, and the promoter/passive/detractor split behind NPS.
/// </summary>
public static class SatisfactionMath
{
    public const int MinRecommendScore = 0;
    public const int MaxRecommendScore = 10;

    /// <summary>The lowest likelihood-to-recommend of a promoter (9–10).</summary>
    public const int PromoterFrom = 9;

    /// <summary>The highest likelihood-to-recommend of a detractor (0–6).</summary>
    public const int DetractorUpTo = 6;

    public static int Levels(SurveyScale scale) => (int)scale;

    public static bool IsOnScale(int score, SurveyScale scale) => score >= 1 && score <= Levels(scale);

    /// <summary>(score − 1) / (levels − 1) × 100: the lowest level is 0, the highest 100, on any scale.</summary>
    public static decimal NormalisedScore(int score, SurveyScale scale)
    {
        EnsureOnScale(score, scale);
        return (score - 1) * 100m / (Levels(scale) - 1);
    }

    /// <summary>
    /// The normalised scores of <paramref name="answers"/> answers on one scale added up, from the sum of their raw
    /// scores: each answer contributes (score − 1) / (levels − 1) × 100, so the total is
    /// (sum − answers) × 100 / (levels − 1). Lets a database add up whole numbers and leave the division to here.
    /// </summary>
    public static decimal NormalisedTotal(long scoreSum, int answers, SurveyScale scale)
    {
        if (!Enum.IsDefined(scale) || scoreSum < answers || scoreSum > (long)answers * Levels(scale))
        {
            throw new ArgumentOutOfRangeException(nameof(scoreSum), scoreSum, $"Not the sum of {answers} scores on the {scale} scale.");
        }

        return (scoreSum - answers) * 100m / (Levels(scale) - 1);
    }

    /// <summary>Whether the answer is one of the two most satisfied levels (4–5 of 5, 6–7 of 7).</summary>
    public static bool IsTopTwo(int score, SurveyScale scale)
    {
        EnsureOnScale(score, scale);
        return score >= Levels(scale) - 1;
    }

    public static NpsCategory NpsCategoryOf(int recommendScore)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(recommendScore, MinRecommendScore);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(recommendScore, MaxRecommendScore);
        return recommendScore switch
        {
            >= PromoterFrom => NpsCategory.Promoter,
            > DetractorUpTo => NpsCategory.Passive,
            _ => NpsCategory.Detractor,
        };
    }

    private static void EnsureOnScale(int score, SurveyScale scale)
    {
        if (!Enum.IsDefined(scale) || !IsOnScale(score, scale))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, $"Not a level of the {scale} scale.");
        }
    }
}
