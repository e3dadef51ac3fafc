using CrmGraph.GraphQL.AspNetCore.Events;

namespace CrmGraph.Server.Tests.Infrastructure;

/// <summary>Two server instances whose event bus is one real redis-server of their own: the Redis backplane.</summary>
public sealed class RedisServerPair : ServerPair
{
    private readonly RedisServer _redis = new();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _redis.DisposeAsync();
    }

    protected override async Task<string[]> EventBusSettingsAsync()
    {
        await _redis.InitializeAsync();
        return ["--" + EventBusServiceCollectionExtensions.RedisConfigurationKey, _redis.Configuration];
    }
}
