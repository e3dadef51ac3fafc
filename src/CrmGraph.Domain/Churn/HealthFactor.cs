namespace CrmGraph.Domain.Churn;

/// <summary>
/// One indicator's part in a health score: <see cref="Value"/> (0–1) says how strongly the indicator signals risk,
/// <see cref="Contribution"/> = <see cref="Weight"/> × <see cref="Value"/> (rounded to two places) is the points it
/// adds, and <see cref="Explanation"/> says why in words.
/// </summary>
public sealed record HealthFactor(HealthFactorName Name, decimal Weight, decimal Value, decimal Contribution, string Explanation);
