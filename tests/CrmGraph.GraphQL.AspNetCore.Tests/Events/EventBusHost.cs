using CrmGraph.GraphQL.AspNetCore.Events;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Events;

/// <summary>
/// A host holding only what <see cref="EventBusServiceCollectionExtensions.AddEventBus"/> registers, configured
/// the way the server is: each one stands for one server instance.
/// </summary>
public sealed class EventBusHost : IAsyncDisposable
{
    private readonly IHost _host;

    private EventBusHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public IEventBus Bus => _host.Services.GetRequiredService<IEventBus>();

    /// <summary>An instance on <paramref name="redis"/> whose channels carry <paramref name="channelPrefix"/>.</summary>
    public static Task<EventBusHost> StartAsync(RedisServer redis, string channelPrefix = "crmgraph:") =>
        StartAsync(new Dictionary<string, string?>
        {
            [EventBusServiceCollectionExtensions.RedisConfigurationKey] = redis.Configuration,
            [$"{EventBusOptions.Section}:{nameof(EventBusOptions.ChannelPrefix)}"] = channelPrefix,
        });

    public static async Task<EventBusHost> StartAsync(IDictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Services.AddEventBus(builder.Configuration);
        var host = builder.Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new EventBusHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
