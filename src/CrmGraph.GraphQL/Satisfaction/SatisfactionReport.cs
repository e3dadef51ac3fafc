using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.GraphQL.Satisfaction;

/// <summary>The figures of every matching response, and of each bucket.</summary>
public sealed record SatisfactionReport(SatisfactionFigures Figures, IReadOnlyList<SatisfactionBucket> Buckets);
