using System.Net;
using System.Net.Sockets;

namespace CrmGraph.Server.Tests.Infrastructure;

/// <summary>
/// HTTP handlers whose connections come from a chosen loopback address (127.0.0.2, 127.0.0.3, …), so that the server
/// sees callers at different addresses, as it would see different people.
/// </summary>
public static class LoopbackSource
{
    private static int _next = 1;

    /// <summary>A loopback address no other caller of this test run has used.</summary>
    public static IPAddress NewAddress()
    {
        var n = Interlocked.Increment(ref _next);
        return new IPAddress([127, 0, (byte)(n / 250), (byte)(2 + (n % 250))]);
    }

    /// <summary>A handler that keeps cookies, follows no redirects, and connects from <paramref name="source"/>.</summary>
    public static SocketsHttpHandler Handler(IPAddress source) => new()
    {
        AllowAutoRedirect = false,
        CookieContainer = new CookieContainer(),
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(source, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
