using System.Threading.Channels;

namespace CrmGraph.Application.Events;

/// <summary>The events this instance committed, waiting to be handed to their handlers off the request path.</summary>
public sealed class OutboxDispatchQueue
{
    private readonly Channel<Guid> _committed = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    internal ChannelReader<Guid> Reader => _committed.Reader;

    public void Enqueue(IEnumerable<Guid> eventIds)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        foreach (var id in eventIds)
        {
            _committed.Writer.TryWrite(id);
        }
    }
}
