using CrmGraph.GraphQL.AspNetCore.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Events;

/// <summary>What <see cref="EventBusServiceCollectionExtensions.AddEventBus"/> picks from configuration.</summary>
public sealed class EventBusRegistrationTests
{
    [Fact]
    public async Task Without_a_redis_configuration_the_bus_is_in_process_and_opens_no_connection()
    {
        await using var host = await EventBusHost.StartAsync(new Dictionary<string, string?>());

        Assert.IsType<InProcessEventBus>(host.Bus);
        Assert.Null(host.Services.GetService<IConnectionMultiplexer>());
    }

    [Fact]
    public async Task Buffer_size_and_channel_prefix_are_read_from_the_event_bus_section()
    {
        await using var host = await EventBusHost.StartAsync(new Dictionary<string, string?>
        {
            ["EventBus:SubscriberBufferSize"] = "16",
            ["EventBus:ChannelPrefix"] = "staging:",
        });

        var options = host.Services.GetRequiredService<IOptions<EventBusOptions>>().Value;
        Assert.Equal(16, options.SubscriberBufferSize);
        Assert.Equal("staging:", options.ChannelPrefix);
    }

    [Fact]
    public async Task A_subscriber_buffer_below_one_stops_the_host_from_starting()
    {
        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            EventBusHost.StartAsync(new Dictionary<string, string?> { ["EventBus:SubscriberBufferSize"] = "0" }));

        Assert.Contains("SubscriberBufferSize", refused.Message, StringComparison.Ordinal);
    }
}
