using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.GraphQL.Satisfaction;

/// <summary>What the responses of one <see cref="ResponseGroupRow"/> share: their bucket and their answers.</summary>
internal sealed class ResponseGroupKey
{
    public int? Bucket { get; init; }

    public SurveyScale Scale { get; init; }

    public int OverallScore { get; init; }

    public int? RecommendScore { get; init; }
}
