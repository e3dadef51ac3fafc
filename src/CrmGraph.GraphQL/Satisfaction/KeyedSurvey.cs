using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.GraphQL.Satisfaction;

/// <summary>A survey with the key of the bucket it falls in, computed in the query so the database groups by it.</summary>
internal sealed class KeyedSurvey
{
    public int? Bucket { get; init; }

    public SatisfactionSurvey Survey { get; init; } = null!;
}
