namespace CrmGraph.Server.Tests.Infrastructure;

/// <summary>Two server instances without Redis: each has its own in-process event bus, as a single instance needs.</summary>
public sealed class InProcessServerPair : ServerPair
{
    protected override Task<string[]> EventBusSettingsAsync() => Task.FromResult<string[]>([]);
}
