namespace CrmGraph.Domain.Orders;

/// <summary>
/// One move of an order through its lifecycle, with who and when; append-only. A completion or cancellation here is
/// what ORDER_COMPLETED and ORDER_CANCELLED are raised from, and what surveys and follow-ups hang on.
/// </summary>
public sealed class ServiceOrderEvent
{
    private ServiceOrderEvent()
    {
    }

    internal ServiceOrderEvent(ServiceOrderStatus from, ServiceOrderStatus to, int? actorStaffId, DateTimeOffset at, string? note)
    {
        FromStatus = from;
        ToStatus = to;
        ActorStaffId = actorStaffId;
        At = at;
        Note = note;
    }

    public long Id { get; private set; }

    public int ServiceOrderId { get; private set; }

    public ServiceOrderStatus FromStatus { get; private set; }

    public ServiceOrderStatus ToStatus { get; private set; }

    public int? ActorStaffId { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The cancellation reason, the work notes, or the appointment and technician, in words.</summary>
    public string? Note { get; private set; }
}
