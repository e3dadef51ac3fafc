namespace CrmGraph.Domain.Satisfaction;

/// <summary>
/// One service-quality dimension over a set of responses, on the 0–100 scale: the average perception, the average
/// expectation, and the gap, the average of perception − expectation over the answers that gave both (negative:
/// the service fell short of what was expected). Each is null when nothing was answered to compute it from.
/// </summary>
public sealed record DimensionFigures(ServiceQualityDimension Dimension, decimal? AveragePerception, decimal? AverageExpectation, decimal? Gap)
{
    public static DimensionFigures From(ServiceQualityDimension dimension, IReadOnlyCollection<ResponseGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        int perceptions = 0, expectations = 0;
        decimal perceptionPoints = 0, expectationPoints = 0, pairedPerceptionPoints = 0;
        foreach (var group in groups)
        {
            var sums = group.Of(dimension);
            perceptions += sums.Perceptions;
            expectations += sums.Expectations;
            perceptionPoints += SatisfactionMath.NormalisedTotal(sums.PerceptionSum, sums.Perceptions, group.Scale);
            expectationPoints += SatisfactionMath.NormalisedTotal(sums.ExpectationSum, sums.Expectations, group.Scale);
            pairedPerceptionPoints += SatisfactionMath.NormalisedTotal(sums.PairedPerceptionSum, sums.Expectations, group.Scale);
        }

        return new DimensionFigures(
            dimension,
            SatisfactionFigures.Ratio(perceptionPoints, perceptions),
            SatisfactionFigures.Ratio(expectationPoints, expectations),
            SatisfactionFigures.Ratio(pairedPerceptionPoints - expectationPoints, expectations));
    }
}
