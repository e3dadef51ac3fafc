namespace CrmGraph.GraphQL.AspNetCore.Events;

/// <summary>How the event bus buffers events and names its Redis channels; bound from the <c>EventBus</c> section.</summary>
public sealed class EventBusOptions
{
    public const string Section = "EventBus";

    /// <summary>How many undelivered events one subscriber may hold before its oldest are dropped.</summary>
    public int SubscriberBufferSize { get; set; } = 1000;

    /// <summary>
    /// Put before each topic to name its Redis channel, so that deployments sharing one Redis do not hear each other.
    /// </summary>
    public string ChannelPrefix { get; set; } = "crmgraph:";
}
