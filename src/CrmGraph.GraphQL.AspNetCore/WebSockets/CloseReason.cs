using System.Net.WebSockets;
using System.Text;

namespace CrmGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Why the server closes a socket: a close code and its text. The 44xx codes and their texts are the ones
/// graphql-transport-ws defines; the others are standard WebSocket codes.
/// </summary>
internal sealed record CloseReason
{
    /// <summary>A close frame's reason may hold at most 123 bytes of UTF-8 (RFC 6455, 5.5).</summary>
    private const int MaxDescriptionBytes = 123;

    public CloseReason(int code, string? description)
    {
        Status = (WebSocketCloseStatus)code;
        Description = description is null ? null : Shorten(description);
    }

    public static CloseReason Unauthorized { get; } = new(4401, "Unauthorized");

    public static CloseReason Forbidden { get; } = new(4403, "Forbidden");

    /// <summary>The credentials the connection was opened with expired; the client reconnects with fresh ones.</summary>
    public static CloseReason CredentialsExpired { get; } = new(4403, "Forbidden: the token expired; reconnect with a fresh one");

    /// <summary>The credentials were withdrawn (revoked, the account locked); the client reconnects with fresh ones.</summary>
    public static CloseReason CredentialsWithdrawn { get; } = new(4403, "Forbidden: the token is no longer valid; reconnect with a fresh one");

    public static CloseReason ConnectionInitialisationTimeout { get; } = new(4408, "Connection initialisation timeout");

    public static CloseReason TooManyInitialisationRequests { get; } = new(4429, "Too many initialisation requests");

    public static CloseReason InternalServerError { get; } = new(4500, "Internal server error");

    public static CloseReason MessageTooBig { get; } = new((int)WebSocketCloseStatus.MessageTooBig, "Message too big");

    /// <summary>1013 Try Again Later: the client fell too far behind; it may reconnect and subscribe afresh.</summary>
    public static CloseReason SubscriberTooSlow { get; } = new(1013, "Subscriber too slow");

    public static CloseReason ServerShuttingDown { get; } = new((int)WebSocketCloseStatus.EndpointUnavailable, "Server shutting down");

    public WebSocketCloseStatus Status { get; }

    public string? Description { get; }

    /// <summary>An invalid message: 4400 with what was wrong with it.</summary>
    public static CloseReason BadRequest(string reason) => new(4400, reason);

    public static CloseReason SubscriberAlreadyExists(string id) => new(4409, $"Subscriber for {id} already exists");

    /// <summary>The reply to a client's close frame, which repeats its code (RFC 6455, 5.5.1).</summary>
    public static CloseReason Echo(WebSocketCloseStatus? status) => new((int)(status ?? WebSocketCloseStatus.Empty), null);

    private static string Shorten(string text)
    {
        // Every character takes at least one byte, so the cut starts there; a high surrogate whose pair was cut goes too.
        var end = Math.Min(text.Length, MaxDescriptionBytes);
        while (end > 0 && (char.IsHighSurrogate(text[end - 1]) || Encoding.UTF8.GetByteCount(text.AsSpan(0, end)) > MaxDescriptionBytes))
        {
            end--;
        }

        return text[..end];
    }
}
