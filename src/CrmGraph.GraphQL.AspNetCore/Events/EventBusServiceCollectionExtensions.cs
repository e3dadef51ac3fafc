using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CrmGraph.GraphQL.AspNetCore.Events;

public static class EventBusServiceCollectionExtensions
{
    /// <summary>The setting that, when present, makes the bus span every instance through Redis.</summary>
    public const string RedisConfigurationKey = "Redis:Configuration";

    /// <summary>
    /// Registers <see cref="IEventBus"/>: a <see cref="RedisEventBus"/> when <c>Redis:Configuration</c> holds a
    /// StackExchange.Redis configuration string, an <see cref="InProcessEventBus"/> otherwise. Options come from the
    /// <c>EventBus</c> section.
    /// </summary>
    public static IServiceCollection AddEventBus(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<EventBusOptions>()
            .Bind(configuration.GetSection(EventBusOptions.Section))
            .Validate(options => options.SubscriberBufferSize > 0, "EventBus:SubscriberBufferSize must be at least 1.")
            .ValidateOnStart();

        var redis = configuration[RedisConfigurationKey];
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<IEventBus, InProcessEventBus>();
            return services;
        }

        // One connection for the process; the container disposes it with the host.
        services.AddSingleton<IConnectionMultiplexer>(_ => Connect(redis));
        services.AddSingleton<RedisEventBus>();
        services.AddSingleton<IEventBus>(provider => provider.GetRequiredService<RedisEventBus>());
        services.AddHostedService(provider => provider.GetRequiredService<RedisEventBus>());
        return services;
    }

    private static ConnectionMultiplexer Connect(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        // Start even while Redis is down; the library keeps reconnecting and restores the subscription when it is back.
        options.AbortOnConnectFail = false;
        return ConnectionMultiplexer.Connect(options);
    }
}
