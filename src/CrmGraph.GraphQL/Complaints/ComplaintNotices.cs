using CrmGraph.Domain.Complaints;
using CrmGraph.GraphQL.AspNetCore.Events;
using Microsoft.Extensions.Logging;

namespace CrmGraph.GraphQL.Complaints;

/// <summary>Tells live subscribers about a complaint change that has been committed.</summary>
public sealed partial class ComplaintNotices(IEventBus bus, ILogger<ComplaintNotices> logger)
{
    public async Task<ComplaintNotice> PublishAsync(CrmDbContext db, Complaint complaint, ComplaintNoticeKind kind, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(complaint);
        var partnerId = await db.Customers.IgnoreQueryFilters().Where(c => c.Id == complaint.CustomerId)
            .Select(c => c.PartnerId).SingleAsync(cancellationToken).ConfigureAwait(false);
        var notice = new ComplaintNotice(complaint.Id, complaint.CustomerId, partnerId, kind, complaint.Severity, at);
        try
        {
            await bus.PublishAsync(ComplaintTopics.Complaints, notice, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The change is committed; an unreachable bus costs live views one notice, not the caller its result.
            PublishFailed(logger, exception, kind, complaint.Id);
        }

        return notice;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Kind} notice of complaint {ComplaintId} could not be published; live subscribers miss it.")]
    private static partial void PublishFailed(ILogger logger, Exception exception, ComplaintNoticeKind kind, int complaintId);
}
