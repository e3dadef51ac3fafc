using CrmGraph.Application.Complaints;
using System.Collections.Concurrent;
using CrmGraph.GraphQL.AspNetCore.Events;
using CrmGraph.GraphQL.Complaints;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Server.Tests.Complaints;

/// <summary>Listens on the server's event bus for complaint notices, as a live subscription would.</summary>
internal sealed class NoticeRecorder : IObserver<ComplaintNotice>, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private readonly ConcurrentQueue<ComplaintNotice> _notices = new();
    private readonly IDisposable _subscription;

    public NoticeRecorder(IServiceProvider services) =>
        _subscription = services.GetRequiredService<IEventBus>().Observe<ComplaintNotice>(ComplaintTopics.Complaints).Subscribe(this);

    /// <summary>The notices heard about one complaint, once <paramref name="count"/> have arrived or the patience ran out.</summary>
    public async Task<IReadOnlyList<ComplaintNotice>> OfAsync(int complaintId, int count)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (Of(complaintId).Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        // Delivery is asynchronous: wait a moment longer, so that a notice too many would be seen too.
        await Task.Delay(100);
        return Of(complaintId);
    }

    public void OnNext(ComplaintNotice value) => _notices.Enqueue(value);

    public void OnError(Exception error)
    {
    }

    public void OnCompleted()
    {
    }

    public void Dispose() => _subscription.Dispose();

    private List<ComplaintNotice> Of(int complaintId) => _notices.Where(n => n.ComplaintId == complaintId).ToList();
}
