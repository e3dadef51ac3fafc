namespace CrmGraph.Domain.Churn;

/// <summary>
/// What the health score of one customer is computed from, as counted at one instant. Windows are those of
/// <see cref="ChurnRisk"/>: "recent" is the last 90 days, "previous" the 90 days before.
/// </summary>
public sealed record HealthFacts(
    DateTimeOffset CustomerSince,
    DateTimeOffset? LastOrderAt,
    DateTimeOffset? LastInteractionAt,
    int OpenComplaints,
    int RecentBreachedComplaints,
    SatisfactionAverage? RecentSatisfaction,
    SatisfactionAverage? PreviousSatisfaction,
    OrderWindow RecentOrders,
    OrderWindow PreviousOrders);
