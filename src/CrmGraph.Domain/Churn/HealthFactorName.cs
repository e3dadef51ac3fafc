namespace CrmGraph.Domain.Churn;

/// <summary>The churn indicators the health score weighs, in the order it lists them.</summary>
public enum HealthFactorName
{
    DaysSinceLastOrder,
    DaysSinceLastInteraction,
    OpenComplaints,
    BreachedComplaints,
    SatisfactionTrend,
    OrderDrop,
}
