using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CrmGraph.GraphQL.AspNetCore.Events;

/// <summary>
/// Carries events between server instances over Redis pub/sub. A topic is the channel
/// <c>{ChannelPrefix}{topic}</c>, its events are JSON, and each instance hears every topic through one pattern
/// subscription made when the host starts.
/// </summary>
/// <remarks>
/// A local publish is not handed to local subscribers directly: they hear it, like the subscribers of every other
/// instance, only when Redis sends it back. So each subscriber hears each event exactly once, and all instances hear
/// a topic's events in the same order. The price is a round trip, and while Redis is unreachable nobody hears anything.
/// </remarks>
public sealed partial class RedisEventBus : IEventBus, IHostedService, IDisposable
{
    private readonly IConnectionMultiplexer _redis;
    private readonly string _prefix;
    private readonly TopicSubscribers _subscribers;
    private readonly ILogger<RedisEventBus> _logger;
    private ChannelMessageQueue? _channels;

    public RedisEventBus(IConnectionMultiplexer redis, IOptions<EventBusOptions> options, ILogger<RedisEventBus> logger)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(options);
        _redis = redis;
        _prefix = options.Value.ChannelPrefix;
        _logger = logger;
        _subscribers = new TopicSubscribers(options.Value.SubscriberBufferSize, logger);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var pattern = RedisChannel.Pattern(GlobSpecial().Replace(_prefix, @"\$0") + "*");
        // While Redis is down the subscription is only recorded, so that the host still starts; the library sends it
        // once a connection comes up, as it does again after every reconnect.
        var connected = _redis.IsConnected;
        if (!connected)
        {
            EventBusLog.RedisUnreachable(_logger);
        }

        _channels = await _redis.GetSubscriber()
            .SubscribeAsync(pattern, connected ? CommandFlags.None : CommandFlags.FireAndForget)
            .WaitAsync(cancellationToken)
            .ConfigureAwait(false);
        // One message at a time, in the order Redis sent them; handing an event over only fills buffers.
        _channels.OnMessage(Receive);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_channels is not null)
        {
            await _channels.UnsubscribeAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask PublishAsync<T>(string topic, T message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        ArgumentNullException.ThrowIfNull(message);
        var payload = JsonSerializer.SerializeToUtf8Bytes(message, JsonSerializerOptions.Web);
        await _redis.GetSubscriber().PublishAsync(RedisChannel.Literal(_prefix + topic), payload).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public IObservable<T> Observe<T>(string topic) => _subscribers.Observe<T>(topic);

    /// <summary>Whether a connection to Redis is up; while none is, a <see cref="PingAsync"/> waits for one to come.</summary>
    public bool IsConnected => _redis.IsConnected;

    /// <summary>Round-trips a PING to Redis, for health checks; throws when Redis cannot be reached.</summary>
    public Task<TimeSpan> PingAsync() => _redis.GetSubscriber().PingAsync();

    public void Dispose() => _subscribers.Dispose();

    private void Receive(ChannelMessage message)
    {
        var topic = message.Channel.ToString()[_prefix.Length..];
        byte[]? payload = message.Message;
        _subscribers.Deliver(topic, type => JsonSerializer.Deserialize(payload, type, JsonSerializerOptions.Web));
    }

    // The characters a Redis pattern gives a meaning, escaped so that the prefix matches only itself.
    [GeneratedRegex(@"[\\*?\[\]]")]
    private static partial Regex GlobSpecial();
}
