using CrmGraph.Application.Events;
using CrmGraph.Domain.Complaints;

namespace CrmGraph.Application.Complaints;

/// <summary>
/// Tells live subscribers about a complaint event. The notice carries the event id, so a subscription that hears
/// the same event twice (it was delivered again after a failure) passes it on once.
/// </summary>
public sealed class AnnounceComplaint(ComplaintNotices notices) : IEventHandler
{
    public Task HandleAsync(DispatchedEvent dispatched, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatched);
        var complaintEvent = (ComplaintDomainEvent)dispatched.Event;
        var kind = complaintEvent switch
        {
            ComplaintFiled => ComplaintNoticeKind.Filed,
            ComplaintSlaBreached => ComplaintNoticeKind.SlaBreached,
            _ => ComplaintNoticeKind.Changed,
        };
        return notices.PublishAsync(
            new ComplaintNotice(dispatched.EventId, dispatched.AggregateId, dispatched.CustomerId, dispatched.PartnerId, kind, complaintEvent.Severity, complaintEvent.OccurredAt),
            cancellationToken);
    }
}
