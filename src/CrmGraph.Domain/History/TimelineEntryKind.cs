namespace CrmGraph.Domain.History;

/// <summary>What a relationship-history entry records.</summary>
public enum TimelineEntryKind
{
    Interaction,
    ServiceOrder,
    Complaint,
    ComplaintEvent,
    Survey,
}
