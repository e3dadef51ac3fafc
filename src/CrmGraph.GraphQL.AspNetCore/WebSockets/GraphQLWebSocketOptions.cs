using System.Security.Claims;
using System.Text.Json;

namespace CrmGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>How the graphql-transport-ws endpoint behaves.</summary>
public sealed class GraphQLWebSocketOptions : GraphQLTransportOptions
{
    /// <summary>How long a client may take to send <c>connection_init</c> once the socket is open; then the socket is closed with 4408.</summary>
    public TimeSpan ConnectionInitWaitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How often the server sends a <c>ping</c> message on an acknowledged connection, so that proxies do not drop
    /// an idle socket and clients can tell a dead server; <see cref="TimeSpan.Zero"/> (the default) sends none. The
    /// server does not require the pongs: a client that is gone is noticed by the socket itself.
    /// </summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// How many outgoing messages may wait for one client. Publishers never wait for a socket: when a message finds
    /// the queue full, the client is too slow for its subscriptions, and rather than drop events silently (leaving
    /// a gap it cannot see) the server stops every operation of the connection, drops what is queued and closes the
    /// socket with 1013 (Try Again Later) "Subscriber too slow". The client may reconnect and subscribe afresh.
    /// </summary>
    public int MaxPendingMessages { get; set; } = 256;

    /// <summary>The largest message accepted from a client, in bytes; a larger one closes the socket with 1009 (Message Too Big).</summary>
    public int MaxMessageBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// When the server closes a socket: how long it waits for the message being sent to go out, and then for the
    /// client's close reply, before it drops the connection.
    /// </summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Decides whom a connection acts for, from the upgrade request and the <c>connection_init</c> payload (for
    /// example a bearer token in it): before <c>connection_ack</c>, again before every operation the client starts,
    /// and again every <see cref="ReauthenticationInterval"/>, so that credentials withdrawn meanwhile stop the
    /// connection. Returning null refuses it with 4403: at <c>connection_init</c> "Forbidden", later a reason saying
    /// the client should reconnect with fresh credentials. Without a hook the connection acts for
    /// <see cref="HttpContext.User"/>. The latest principal is <see cref="ExecutionOptions.User"/> of the operations
    /// started after it.
    /// </summary>
    public Func<HttpContext, IReadOnlyDictionary<string, JsonElement>?, CancellationToken, ValueTask<ClaimsPrincipal?>>? AuthenticateConnection { get; set; }

    /// <summary>
    /// How often an acknowledged connection asks <see cref="AuthenticateConnection"/> again while it stays open, so a
    /// connection whose credentials were withdrawn is closed even if it starts nothing new; <see cref="TimeSpan.Zero"/>
    /// (the default) asks only before operations and when the credentials expire.
    /// </summary>
    public TimeSpan ReauthenticationInterval { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// When the credentials a principal was authenticated with stop being valid (for a bearer token its expiry), or
    /// null when they do not expire; the connection is closed with 4403 at that moment.
    /// </summary>
    public Func<ClaimsPrincipal, DateTimeOffset?>? CredentialsExpiry { get; set; }

    /// <summary>
    /// How many operations one socket may run at once (default 50): a further <c>subscribe</c> is answered with an
    /// <c>error</c> message coded <c>TOO_MANY_OPERATIONS</c> and the socket stays open.
    /// </summary>
    public int MaxOperationsPerSocket { get; set; } = 50;

    /// <summary>Throws when a setting cannot work, so that a host fails at startup rather than on its first socket.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ConnectionInitWaitTimeout, TimeSpan.Zero, nameof(ConnectionInitWaitTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(KeepAliveInterval, TimeSpan.Zero, nameof(KeepAliveInterval));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPendingMessages, 1, nameof(MaxPendingMessages));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxMessageBytes, 1, nameof(MaxMessageBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(CloseTimeout, TimeSpan.Zero, nameof(CloseTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(ReauthenticationInterval, TimeSpan.Zero, nameof(ReauthenticationInterval));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxOperationsPerSocket, 1, nameof(MaxOperationsPerSocket));
    }
}
