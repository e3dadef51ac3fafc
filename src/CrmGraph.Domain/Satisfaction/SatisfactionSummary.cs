namespace CrmGraph.Domain.Satisfaction;

/// <summary>
/// Satisfaction over many responses, from per-scale counts and sums: CSAT (share in the top two levels), the
/// average normalised score and, per dimension, average perception and expectation, all on the 0–100 scale.
/// </summary>
public sealed record SatisfactionSummary(int Responses, decimal? CsatPercent, decimal? AverageScore, IReadOnlyList<DimensionAverage> Dimensions)
{
    public static SatisfactionSummary Of(IReadOnlyCollection<ScaleTally> tallies)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        var responses = tallies.Sum(t => t.Responses);
        var dimensions = Enum.GetValues<ServiceQualityDimension>()
            .Select(dimension =>
            {
                var answers = tallies.SelectMany(t => t.Dimensions.Where(d => d.Dimension == dimension).Select(d => (t.Scale, Tally: d))).ToList();
                return new DimensionAverage(
                    dimension,
                    NormalisedAverage(answers.Select(a => (a.Scale, a.Tally.Perceptions, a.Tally.PerceptionSum))),
                    NormalisedAverage(answers.Select(a => (a.Scale, a.Tally.Expectations, a.Tally.ExpectationSum))));
            })
            .ToList();
        return new SatisfactionSummary(
            responses,
            Ratios.Percent(tallies.Sum(t => t.TopTwo), responses),
            NormalisedAverage(tallies.Select(t => (t.Scale, t.Responses, t.ScoreSum))),
            dimensions);
    }

    /// <summary>
    /// The average of (score − 1) / (levels − 1) × 100 over every answer, from each scale's count and sum of
    /// raw scores: per scale the normalised scores add up to (sum − count) × 100 / (levels − 1).
    /// </summary>
    private static decimal? NormalisedAverage(IEnumerable<(SurveyScale Scale, int Count, long Sum)> groups)
    {
        var list = groups.ToList();
        var total = list.Sum(g => (g.Sum - g.Count) * 100m / (SatisfactionMath.Levels(g.Scale) - 1));
        return Ratios.Average(total, list.Sum(g => g.Count));
    }
}
