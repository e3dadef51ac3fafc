using CrmGraph.Application.Complaints;
using CrmGraph.Data;
using CrmGraph.Data.Access;
using CrmGraph.GraphQL.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CrmGraph.Server.Tests.Complaints.ComplaintApi;

namespace CrmGraph.Server.Tests.Subscriptions;

/// <summary>
/// One live complaint subscription on a socket of its own, read complaint by complaint.
/// </summary>
/// <remarks>
/// graphql-transport-ws never tells a client that a subscription is listening, and a complaint filed before it is
/// would be missed, so <see cref="ListeningAsync"/> proves it is: it has the server announce a chosen complaint
/// through its own notices until the subscription passes one on, waiting longer each time. An announcement it
/// gave up on may still arrive later, so <see cref="NextAsync"/> passes over repeats of the one heard, and a test
/// reads what its own actions caused.
/// </remarks>
internal sealed class ComplaintFeed : IAsyncDisposable
{
    private const string Fields = "id number severity status firstResponseBreached resolutionBreached assignee { id } customer { id name }";

    private const string OperationId = "feed";
    private static readonly TimeSpan FirstAnnouncementWait = TimeSpan.FromMilliseconds(250);

    /// <summary>The notice each subscription field passes on.</summary>
    private static readonly Dictionary<string, ComplaintNoticeKind> NoticeKinds = new(StringComparer.Ordinal)
    {
        ["complaintFiled"] = ComplaintNoticeKind.Filed,
        ["complaintChanged"] = ComplaintNoticeKind.Changed,
        ["complaintSlaBreached"] = ComplaintNoticeKind.SlaBreached,
    };

    private readonly GraphQLWebSocketClient _socket;
    private readonly string _field;
    private string? _announcement;

    private ComplaintFeed(GraphQLWebSocketClient socket, string field)
    {
        _socket = socket;
        _field = field;
    }

    /// <summary>
    /// Connects to the server at <paramref name="address"/> as the holder of <paramref name="accessToken"/>, subscribes
    /// to <paramref name="subscription"/> (a field with its arguments, such as <c>complaintFiled(minSeverity: HIGH)</c>)
    /// and returns once the subscription passed on an announcement of the complaint <paramref name="announced"/>, which
    /// it must let through, made by the same server (<paramref name="services"/>).
    /// </summary>
    public static async Task<ComplaintFeed> ListeningAsync(Uri address, IServiceProvider services, string accessToken, string subscription, int announced)
    {
        var field = subscription.Split('(')[0];
        var socket = await GraphQLWebSocketClient.ConnectAsync(address, accessToken);
        await socket.SubscribeAsync(OperationId, $"subscription {{ {subscription} {{ {Fields} }} }}");
        var feed = new ComplaintFeed(socket, field);
        try
        {
            await feed.HearAnnouncementAsync(services, announced, NoticeKinds[field]);
            return feed;
        }
        catch
        {
            await feed.DisposeAsync();
            throw;
        }
    }

    /// <summary>The next complaint the subscription passes on, other than a repeat of the announcement.</summary>
    public async Task<JsonElement> NextAsync()
    {
        while (true)
        {
            var complaint = await TryNextAsync(GraphQLWebSocketClient.Patience)
                ?? throw new TimeoutException($"The {_field} subscription passed nothing on within {GraphQLWebSocketClient.Patience.TotalSeconds} s.");
            if (complaint.GetRawText() != _announcement)
            {
                return complaint;
            }
        }
    }

    public ValueTask DisposeAsync() => _socket.DisposeAsync();

    /// <summary>Announces the complaint until the subscription passes the announcement on, waiting longer each time.</summary>
    private async Task HearAnnouncementAsync(IServiceProvider services, int complaintKey, ComplaintNoticeKind kind)
    {
        var deadline = DateTime.UtcNow + GraphQLWebSocketClient.Patience;
        for (var wait = FirstAnnouncementWait; DateTime.UtcNow < deadline; wait *= 2)
        {
            await AnnounceAsync(services, complaintKey, kind);
            if (await TryNextAsync(wait) is { } heard)
            {
                Assert.Equal(complaintKey, KeyOf(heard));
                _announcement = heard.GetRawText();
                return;
            }
        }

        throw new TimeoutException($"The {_field} subscription passed on no announcement of complaint {complaintKey} within {GraphQLWebSocketClient.Patience.TotalSeconds} s.");
    }

    /// <summary>Publishes a notice of a stored complaint the way the product does, partner and severity included.</summary>
    private static async Task AnnounceAsync(IServiceProvider services, int complaintKey, ComplaintNoticeKind kind)
    {
        await using var scope = services.CreateServerWorkScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var complaint = await db.Complaints.AsNoTracking().SingleAsync(c => c.Id == complaintKey);
        var partnerId = await db.Customers.IgnoreQueryFilters().Where(c => c.Id == complaint.CustomerId).Select(c => c.PartnerId).SingleAsync();
        var notice = new ComplaintNotice(Guid.CreateVersion7(), complaint.Id, complaint.CustomerId, partnerId, kind, complaint.Severity, DateTimeOffset.UtcNow);
        await scope.ServiceProvider.GetRequiredService<ComplaintNotices>().PublishAsync(notice, CancellationToken.None);
    }

    /// <summary>The complaint of the next <c>next</c> message within <paramref name="within"/>, or null; any other message fails the test.</summary>
    private async Task<JsonElement?> TryNextAsync(TimeSpan within)
    {
        if (await _socket.TryReceiveAsync(within) is not { } message)
        {
            return null;
        }

        Assert.True(message is { Type: "next", Id: OperationId }, $"Expected next for the {_field} subscription, got {message}.");
        Assert.False(message.Payload.TryGetProperty("errors", out var errors), $"The {_field} event has errors: {errors}");
        return message.Payload.GetProperty("data").GetProperty(_field);
    }
}
