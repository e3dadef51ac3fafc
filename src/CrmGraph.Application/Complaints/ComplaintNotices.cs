using CrmGraph.GraphQL.AspNetCore.Events;

namespace CrmGraph.Application.Complaints;

/// <summary>Puts committed complaint notices on the event bus, where live subscriptions hear them.</summary>
public sealed class ComplaintNotices(IEventBus bus)
{
    public Task PublishAsync(ComplaintNotice notice, CancellationToken cancellationToken) =>
        bus.PublishAsync(ComplaintTopics.Complaints, notice, cancellationToken).AsTask();
}
