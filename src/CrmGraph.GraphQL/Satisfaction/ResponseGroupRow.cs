using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.GraphQL.Satisfaction;

/// <summary>One row of <see cref="ResponseGroupQuery"/>: a bucket and a <see cref="ResponseGroup"/> in it.</summary>
internal sealed class ResponseGroupRow
{
    public ResponseGroupKey Key { get; init; } = null!;

    public int Responses { get; init; }

    /// <summary>The sums of each dimension, in the order of <see cref="SurveyDimensionColumns.All"/>.</summary>
    public IReadOnlyList<DimensionSums> Dimensions { get; init; } = [];

    public ResponseGroup ToResponseGroup() =>
        new(Key.Scale, Key.OverallScore, Key.RecommendScore, Responses, SurveyDimensionColumns.All.Zip(Dimensions).ToDictionary(d => d.First.Dimension, d => d.Second));
}
