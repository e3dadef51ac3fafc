namespace CrmGraph.Domain.Orders;

public enum ServiceOrderStatus
{
    Placed,
    Scheduled,
    InProgress,
    Completed,
    Cancelled,
}
