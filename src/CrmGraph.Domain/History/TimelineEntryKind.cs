namespace CrmGraph.Domain.History;

/// <summary>What a relationship-history entry records.</summary>
public enum TimelineEntryKind
{
    Interaction,
    ServiceOrder,
    Complaint,
    ComplaintEvent,
    Survey,

    /// <summary>The customer churned or was won back.</summary>
    StatusChange,

    /// <summary>The customer's loyalty tier changed.</summary>
    TierChange,

    /// <summary>An estimate was made for the customer.</summary>
    Estimate,

    /// <summary>An order moved through its lifecycle (scheduled, started, completed, cancelled).</summary>
    OrderStatusChange,
}
