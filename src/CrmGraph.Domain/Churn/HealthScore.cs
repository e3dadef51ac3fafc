namespace CrmGraph.Domain.Churn;

/// <summary>A customer's churn risk, 0 (healthy) to 100, as the sum of its factors' contributions.</summary>
public sealed record HealthScore(decimal Score, IReadOnlyList<HealthFactor> Factors, DateTimeOffset AsOf);
